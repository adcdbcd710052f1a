// The testable core of getActor(): a raw session cookie value → the staff member,
// or null when the token is missing, forged, over by time, or revoked in the
// database (inactive user, issued before sessionsValidAfter).
import "server-only";
import type { Actor } from "./permissions";
import { findSessionUser } from "./find-session-user";
import { isSessionCurrent, sessionTimeVerdict } from "./session-rules";
import { decodeSessionToken } from "./session-token";

export interface StaffActor extends Actor {
  username: string;
  displayName: string;
}

export async function actorFromSessionToken(
  raw: string | undefined,
  now: number = Date.now(),
): Promise<StaffActor | null> {
  const claims = await decodeSessionToken(raw);
  if (!claims || sessionTimeVerdict(claims, now) !== "valid") return null;
  const user = await findSessionUser(claims.sub);
  if (!user || !isSessionCurrent(claims.loginAt, user)) return null;
  // The role comes from the row, not the token: a role change applies at once.
  return {
    id: user.id,
    role: user.role,
    communityId: user.communityId,
    username: user.username,
    displayName: user.displayName,
  };
}
