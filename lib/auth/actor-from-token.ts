// The testable core of getActor(): a raw session cookie value → the staff member,
// or null when the token is missing, forged, over by time, or revoked in the
// database (its session row revoked or expired, inactive user, issued before
// sessionsValidAfter, second factor still to come).
//
// Cost: one primary-key read of the session row joined to its user per request.
import "server-only";
import { mfaRequiredForAdmins } from "@/lib/env";
import type { Actor } from "./permissions";
import { isSessionCurrent, sessionTimeVerdict } from "./session-rules";
import { decodeSessionToken } from "./session-token";
import { findStaffSession, isSessionRowLive, type StaffSessionRow } from "./staff-sessions";

export interface StaffActor extends Actor {
  username: string;
  displayName: string;
  /** The StaffSession row: sign-out, re-authentication and "my other sessions" act on it. */
  sessionId: string;
  /** Whether this account has a second factor (TOTP) switched on. */
  mfaEnabled: boolean;
}

/** The session row a raw cookie names, when the cookie is genuine and within its time limits. */
async function sessionFromToken(raw: string | undefined, now: number): Promise<StaffSessionRow | null> {
  const claims = await decodeSessionToken(raw);
  if (!claims || sessionTimeVerdict(claims, now) !== "valid") return null;
  const row = await findStaffSession(claims.sid);
  if (row?.staffUserId !== claims.sub || !isSessionRowLive(row, now)) return null;
  if (!isSessionCurrent(claims.loginAt, row.staffUser)) return null;
  return row;
}

export async function actorFromSessionToken(
  raw: string | undefined,
  now: number = Date.now(),
): Promise<StaffActor | null> {
  const row = await sessionFromToken(raw, now);
  if (!row || row.secondFactorPending) return null;
  const user = row.staffUser;
  const mfaEnabled = user.totpEnabledAt !== null;
  // The role comes from the row, not the token: a role change applies at once.
  return {
    id: user.id,
    role: user.role,
    communityId: user.communityId,
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
  const row = await sessionFromToken(raw, now);
  if (!row?.secondFactorPending) return null;
  return { sessionId: row.id, userId: row.staffUserId };
}
