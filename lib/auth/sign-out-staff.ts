// Audits a sign-out; the cookie itself is cleared by session-store.ts.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "./permissions";

export async function recordSignOut(actor: Actor, ipKey?: string): Promise<void> {
  await recordAudit({
    action: "auth.signOut",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "StaffUser",
    subjectId: actor.id,
    ipKey,
  });
}
