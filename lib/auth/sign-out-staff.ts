// Sign-out on the server: the session row is revoked, so the cookie (and any copy
// of it) is refused from now on, then audited. The browser's cookie itself is
// cleared by session-store.ts.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffActor } from "./actor-from-token";
import { revokeStaffSession } from "./staff-sessions";

export async function signOutStaff(actor: StaffActor, ipKey?: string): Promise<void> {
  await revokeStaffSession(actor.sessionId);
  await recordAudit({
    action: "auth.signOut",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "StaffUser",
    subjectId: actor.id,
    ipKey,
  });
}

/** Leaving a sign-in at its second step: the waiting row goes too. */
export async function abandonPendingSignIn(pending: { sessionId: string } | null): Promise<void> {
  if (pending) await revokeStaffSession(pending.sessionId);
}
