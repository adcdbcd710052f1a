// Deactivating an account also ends its sessions at once (sessionsValidAfter).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadStaffTarget } from "./load-staff-target";
import { StaffError } from "./staff-errors";

export async function deactivateStaffUser(actor: Actor | null, userId: string, ipKey?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await loadStaffTarget(tx, actor, userId);
    // An admin locking themselves out could leave a community with no admin.
    if (target.id === actor?.id) throw new StaffError("notYourself");
    await tx.staffUser.update({ where: { id: target.id }, data: { active: false, sessionsValidAfter: new Date() } });
    await recordAudit(
      {
        action: "staff.deactivate",
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
