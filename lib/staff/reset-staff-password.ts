// An admin sets a new password for someone (who forgot theirs, or whose password
// may have leaked): their existing sessions end at once.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordContext } from "@/lib/auth/password-context";
import { checkPassword } from "@/lib/auth/password-policy";
import { fieldActionError } from "@/lib/forms/action-error";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadStaffTarget } from "./load-staff-target";
import type { ResetPasswordInput } from "./staff-schemas";

export async function resetStaffPassword(
  actor: Actor | null,
  input: ResetPasswordInput,
  ipKey?: string,
): Promise<void> {
  const target = await loadStaffTarget(db, actor, input.userId);
  const verdict = checkPassword(input.password, await passwordContext(target.communityId, target.username));
  if (!verdict.ok) throw fieldActionError("password", verdict.messageKey);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await loadStaffTarget(tx, actor, input.userId);
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
