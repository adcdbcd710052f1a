// The last messages the `log` SMS provider "sent", kept in memory so the
// dashboard's outbox page can show developers and testers what a resident would
// have received. Not persistent and per process: the real record of what was
// sent is the Notification table, not this.
//
// Held on globalThis: Next may evaluate this module once per bundle (the route
// handlers, instrumentation's in-process worker), and they must share one list.

export interface LoggedSms {
  id: string;
  /** Masked, 138****5678: the outbox page is for checking texts, not for finding residents. */
  to: string;
  template: string;
  /** The whole text: it carries no name, building or full phone (issue 13's message rules). */
  text: string;
  at: Date;
}

/** Enough to see the last few market days' test messages; old ones drop off. */
const CAPACITY = 100;
const KEY = Symbol.for("huiyin.notifications.log-outbox");

type Holder = typeof globalThis & { [KEY]?: LoggedSms[] };

function buffer(): LoggedSms[] {
  const holder = globalThis as Holder;
  holder[KEY] ??= [];
  return holder[KEY];
}

export function rememberSms(entry: LoggedSms): void {
  const list = buffer();
  list.push(entry);
  if (list.length > CAPACITY) list.splice(0, list.length - CAPACITY);
}

/** Newest first, copies: callers cannot change what the next reader sees. */
export function recentLoggedSms(limit = CAPACITY): LoggedSms[] {
  return buffer()
    .slice(-limit)
    .reverse()
    .map((entry) => ({ ...entry }));
}
