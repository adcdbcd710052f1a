// A staff member changes their own password: the current one (and code) first,
// the new one through the password policy, then every OTHER session of the
// account ends (a colleague who saw the old password is signed out), while
// this one stays signed in.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { ActionError } from "@/lib/forms/action-error";
import type { StaffActor } from "./actor-from-token";
import type { ChangePasswordInput } from "./account-schemas";
import { checkOwnCredentials } from "./check-own-credentials";
import { hashPassword } from "./password";
import { checkPassword } from "./password-policy";
import { passwordContext } from "./password-context";

export async function changeOwnPassword(
  actor: StaffActor,
  input: ChangePasswordInput & { code?: string },
  ipKey?: string,
): Promise<void> {
  await checkOwnCredentials(actor, input, ipKey);
  const verdict = checkPassword(
    input.newPassword,
    await passwordContext(actor.communityId, actor.username, actor.displayName),
  );
  if (!verdict.ok)
    throw new ActionError("forms.errors.checkFields", { fieldErrors: { newPassword: [verdict.messageKey] } });
  if (input.newPassword === input.currentPassword)
    throw new ActionError("forms.errors.checkFields", {
      fieldErrors: { newPassword: ["adminAuth.account.errors.samePassword"] },
    });
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: actor.id }, data: { passwordHash } });
    await tx.staffSession.updateMany({ where: { id: actor.sessionId }, data: { reauthenticatedAt: now } });
    await tx.staffSession.updateMany({
      where: { staffUserId: actor.id, revokedAt: null, NOT: { id: actor.sessionId } },
      data: { revokedAt: now },
    });
    await recordAudit(
      {
        action: "auth.passwordChange",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "StaffUser",
        subjectId: actor.id,
        ipKey,
      },
      tx,
    );
  });
}
