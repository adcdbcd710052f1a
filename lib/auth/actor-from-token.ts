// The testable core of getActor(): a raw session cookie value → the staff member,
// or null when the token is missing, forged, over by time, or revoked in the
// database (its session row revoked or expired, inactive user, issued before
// sessionsValidAfter, second factor still to come).
//
// Cost: two primary-key reads per request (session row, user), made in parallel.
import "server-only";
import { mfaRequiredForAdmins } from "@/lib/env";
import type { Actor } from "./permissions";
import { isSessionCurrent, sessionTimeVerdict } from "./session-rules";
import { decodeSessionToken } from "./session-token";
import { findSessionUser } from "./find-session-user";
import { findStaffSession, isSessionRowLive } from "./staff-sessions";

export interface StaffActor extends Actor {
  username: string;
  displayName: string;
  /** The StaffSession row: sign-out, re-authentication and "my other sessions" act on it. */
  sessionId: string;
  /** Whether this account has a second factor (TOTP) switched on. */
  mfaEnabled: boolean;
}

/**
 * The session row a raw cookie names and its user, when the cookie is genuine
 * and within its time limits. The two primary-key reads run side by side (the
 * token names both), so a request waits for one round trip, not two.
 */
async function sessionFromToken(raw: string | undefined, now: number) {
  const claims = await decodeSessionToken(raw);
  if (!claims || sessionTimeVerdict(claims, now) !== "valid") return null;
  const [row, user] = await Promise.all([findStaffSession(claims.sid), findSessionUser(claims.sub)]);
  if (!user || row?.staffUserId !== user.id || !isSessionRowLive(row, now)) return null;
  if (!isSessionCurrent(claims.loginAt, user)) return null;
  return { row, user };
}

export async function actorFromSessionToken(
  raw: string | undefined,
  now: number = Date.now(),
): Promise<StaffActor | null> {
  const session = await sessionFromToken(raw, now);
  if (!session || session.row.secondFactorPending) return null;
  const { row, user } = session;
  const mfaEnabled = user.totpEnabledAt !== null;
  // The role comes from the row, not the token: a role change applies at once.
  return {
    id: user.id,
    role: user.role,
    communityId: user.communityId,
    organizationId: user.organizationId,
    subdistrictId: user.subdistrictId,
    username: user.username,
    displayName: user.displayName,
    sessionId: row.id,
    mfaEnabled,
    mfaEnrolmentRequired: user.role === "ADMIN" && !mfaEnabled && mfaRequiredForAdmins(),
  };
}

/**
 * A sign-in that passed the password and waits for its code: the session row
 * and its user, or null. Such a session is not an actor anywhere else.
 */
export async function pendingSecondFactor(
  raw: string | undefined,
  now: number = Date.now(),
): Promise<{ sessionId: string; userId: string } | null> {
  const session = await sessionFromToken(raw, now);
  if (!session?.row.secondFactorPending) return null;
  return { sessionId: session.row.id, userId: session.user.id };
}
