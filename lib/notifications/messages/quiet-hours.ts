// Placeholder until the messages branch lands: replaced at merge.
// The real version holds messages sent in quiet hours (HUIYIN_QUIET_HOURS) until
// they end; this one sends at once, so the outbox can be built and tested alone.

/** When a message recorded at `now` may first be sent. */
export function firstDeliveryAt(now: Date): Date {
  return now;
}
