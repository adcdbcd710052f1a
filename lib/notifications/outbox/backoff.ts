// When a failed message is tried again. Exponential, so a gateway that is down
// for an hour is asked a handful of times, not hundreds; capped, so a message
// held by a long outage still goes out the same day once it ends.

const BASE_MS = 30_000;
const CAP_MS = 6 * 3_600_000;

/** After this many attempts that asked for a retry, the message is DEAD: staff decide. */
export const MAX_ATTEMPTS = 8;

/** The wait after the attempt numbered `attempts` (0 for the first): 30 s × 2^attempts, at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_MS * 2 ** attempts, CAP_MS);
}

/** A row left SENDING longer than this was held by a worker that died: it goes back to PENDING. */
export const LEASE_MS = 2 * 60_000;
