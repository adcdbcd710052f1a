// "Is it really you?": the signed-in person's password, and their code when they
// have a second factor. Shared by changing one's password, switching the second
// factor off and re-authentication. Failures are field errors on the form.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { ActionError } from "@/lib/forms/action-error";
import type { StaffActor } from "./actor-from-token";
import { verifyPassword } from "./password";
import { AuthorizationError } from "./permissions";
import { revokeStaffSession } from "./staff-sessions";
import { verifySecondFactor } from "./verify-second-factor";

/**
 * Someone with a stolen session could guess the password here, where the
 * sign-in lockout does not count: five wrong entries within 15 minutes end the
 * session instead (one indexed count on the audit log, by actor and time).
 */
const FAILURE_LIMIT = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

async function tooManyFailures(actor: StaffActor): Promise<boolean> {
  const failures = await db.auditLog.count({
    where: {
      actorId: actor.id,
      action: "auth.reauthenticateFailed",
      createdAt: { gte: new Date(Date.now() - FAILURE_WINDOW_MS) },
    },
  });
  return failures >= FAILURE_LIMIT;
}

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
  if (await tooManyFailures(actor)) {
    await revokeStaffSession(actor.sessionId);
    throw new AuthorizationError(401);
  }
  throw failure;
}
