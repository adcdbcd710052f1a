// "Is it really you?": the signed-in person's password, and their code when they
// have a second factor. Shared by changing one's password, switching the second
// factor off and re-authentication. Failures are field errors on the form.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { ActionError } from "@/lib/forms/action-error";
import type { StaffActor } from "./actor-from-token";
import { verifyPassword } from "./password";
import { verifySecondFactor } from "./verify-second-factor";

function refuse(field: "currentPassword" | "code", key: string): ActionError {
  return new ActionError("forms.errors.checkFields", { fieldErrors: { [field]: [key] } });
}

export async function checkOwnCredentials(
  actor: StaffActor,
  typed: { currentPassword: string; code?: string },
  ipKey?: string,
): Promise<void> {
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  const passwordOk = await verifyPassword(user.passwordHash, typed.currentPassword);
  let failure: ActionError | null = passwordOk
    ? null
    : refuse("currentPassword", "adminAuth.account.errors.currentPasswordWrong");
  if (!failure && actor.mfaEnabled) {
    if (!typed.code) failure = refuse("code", "adminAuth.secondFactor.errors.codeRequired");
    else if ((await verifySecondFactor(actor.id, typed.code)) !== "ok")
      failure = refuse("code", "adminAuth.secondFactor.errors.invalid");
  }
  if (!failure) return;
  await recordAudit({
    action: "auth.reauthenticateFailed",
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "StaffUser",
    subjectId: actor.id,
    ipKey,
    detail: { reason: passwordOk ? "code" : "password" },
  });
  throw failure;
}
