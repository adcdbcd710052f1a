// Ends every session of one account: one's own (any signed-in role) or, for an
// admin, a colleague's (a lost tablet, a shared computer).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadStaffTarget } from "./load-staff-target";

export async function signOutEverywhere(actor: Actor | null, userId: string, ipKey?: string): Promise<void> {
  if (!actor) throw new AuthorizationError(401);
  await db.$transaction(async (tx) => {
    const target =
      userId === actor.id ? { id: actor.id, communityId: actor.communityId } : await loadStaffTarget(tx, actor, userId);
    await tx.staffUser.update({ where: { id: target.id }, data: { sessionsValidAfter: new Date() } });
    await recordAudit(
      {
        action: "auth.signOutEverywhere",
        communityId: target.communityId,
        actorId: actor.id,
        subjectType: "StaffUser",
        subjectId: target.id,
        ipKey,
        detail: { self: target.id === actor.id },
      },
      tx,
    );
  });
}
