// Re-authentication: the password (and code) entered again in this session.
// Creating an admin and exporting residents' personal data need one within the
// last five minutes (REAUTH_WINDOW_MS), so a session left open on a shared
// computer cannot do either.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffActor } from "./actor-from-token";
import type { ReauthenticateInput } from "./account-schemas";
import { AuthorizationError } from "./permissions";
import { checkOwnCredentials } from "./check-own-credentials";
import { hasRecentReauthentication, markReauthenticated } from "./staff-sessions";

export async function reauthenticateStaff(
  actor: StaffActor,
  input: ReauthenticateInput,
  ipKey?: string,
): Promise<void> {
  await checkOwnCredentials(actor, input, ipKey);
  await markReauthenticated(actor.sessionId);
  await recordAudit({
    action: "auth.reauthenticate",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "StaffUser",
    subjectId: actor.id,
    ipKey,
  });
}

/**
 * A fresh password entry is needed: a 403 for a route handler, a message for a
 * form (an AuthorizationError is an ActionError with a code of its own).
 */
class ReauthenticationRequired extends AuthorizationError {
  constructor() {
    super(403, "adminAuth.reauth.required");
    this.name = "ReauthenticationRequired";
  }
}

/** Throws ReauthenticationRequired unless this session entered the password within five minutes. */
export async function assertRecentReauthentication(actor: { sessionId?: string }): Promise<void> {
  if (!actor.sessionId || !(await hasRecentReauthentication(actor.sessionId))) throw new ReauthenticationRequired();
}
