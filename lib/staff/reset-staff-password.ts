// An admin sets a new password for someone (who forgot theirs, or whose password
// may have leaked): their existing sessions end at once.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadStaffTarget } from "./load-staff-target";
import type { ResetPasswordInput } from "./staff-schemas";

export async function resetStaffPassword(
  actor: Actor | null,
  input: ResetPasswordInput,
  ipKey?: string,
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const target = await loadStaffTarget(tx, actor, input.userId);
    await tx.staffUser.update({ where: { id: target.id }, data: { passwordHash, sessionsValidAfter: new Date() } });
    await recordAudit(
      {
        action: "staff.resetPassword",
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
