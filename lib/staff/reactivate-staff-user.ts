import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadStaffTarget } from "./load-staff-target";

export async function reactivateStaffUser(actor: Actor | null, userId: string, ipKey?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await loadStaffTarget(tx, actor, userId);
    // Sessions from before the deactivation stay invalid: sessionsValidAfter is
    // not moved back, so the person signs in afresh.
    await tx.staffUser.update({ where: { id: target.id }, data: { active: true } });
    await recordAudit(
      {
        action: "staff.reactivate",
        communityId: target.communityId,
        actorId: actor?.id,
        subjectType: "StaffUser",
        subjectId: target.id,
        ipKey,
      },
      tx,
    );
  });
}
