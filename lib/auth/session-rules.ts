// The time rules of a staff session, as pure functions so they can be tested
// without a clock, a cookie or a database. All instants are epoch milliseconds.
//
// - Absolute limit: a session ends 12 hours after sign-in, however active.
// - Idle limit: a session ends 30 minutes after the last request that refreshed it.
// - Revocation: a session issued at or before the user's sessionsValidAfter
//   (deactivation, password reset, "sign out everywhere") is over at once.

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** Activity re-issues the cookie at most this often (next-auth's updateAge). */
export const SESSION_REFRESH_SECONDS = 60;
/** Tolerated clock difference between app instances for a token "from the future". */
const CLOCK_SKEW_MS = 60_000;

export interface SessionTimes {
  /** When the user signed in (the session was issued). */
  loginAt: number;
  /** When the session was last refreshed by activity. */
  lastSeen: number;
}

export type SessionTimeVerdict = "valid" | "expired" | "idle" | "invalid";

export function sessionTimeVerdict(times: SessionTimes, now: number): SessionTimeVerdict {
  const { loginAt, lastSeen } = times;
  if (!Number.isFinite(loginAt) || !Number.isFinite(lastSeen)) return "invalid";
  // A token issued in the future, or seen before it was issued, was not made by us.
  if (loginAt > now + CLOCK_SKEW_MS || lastSeen > now + CLOCK_SKEW_MS || lastSeen < loginAt) return "invalid";
  if (now - loginAt >= SESSION_MAX_AGE_SECONDS * 1000) return "expired";
  if (now - lastSeen >= SESSION_IDLE_SECONDS * 1000) return "idle";
  return "valid";
}

/** True when activity should re-issue the cookie with a fresh lastSeen. */
export function needsRefresh(times: SessionTimes, now: number): boolean {
  return sessionTimeVerdict(times, now) === "valid" && now - times.lastSeen >= SESSION_REFRESH_SECONDS * 1000;
}

/** Seconds the cookie should live from now: never beyond the absolute limit. */
export function remainingCookieSeconds(times: SessionTimes, now: number): number {
  const absoluteEnd = times.loginAt + SESSION_MAX_AGE_SECONDS * 1000;
  return Math.max(0, Math.floor((absoluteEnd - now) / 1000));
}

export interface SessionUserState {
  active: boolean;
  sessionsValidAfter: Date;
}

/**
 * The per-request check against the database row: the user still exists, is
 * active, and the session was issued after the last revocation.
 */
export function isSessionCurrent(loginAt: number, user: SessionUserState | null): boolean {
  if (!user?.active) return false;
  return loginAt > user.sessionsValidAfter.getTime();
}
