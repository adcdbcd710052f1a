// Switching a staff member's second factor (TOTP) on and off, from their own
// account page:
// 1. start: a fresh secret is stored sealed (AES-GCM, lib/privacy), not yet in use;
//    the page shows it as a QR code and as text;
// 2. confirm: a code from the app proves it was scanned; the factor is switched
//    on and 10 recovery codes are made, returned once and stored only as hashes;
// 3. disable: with the password and a current code (or a recovery code).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { ActionError } from "@/lib/forms/action-error";
import { decryptPersonal, encryptPersonal } from "@/lib/privacy/personal-data";
import type { StaffActor } from "./actor-from-token";
import type { DisableTotpInput } from "./account-schemas";
import { checkOwnCredentials } from "./check-own-credentials";
import { newRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeHash } from "./recovery-codes";
import { newTotpSecret, totpStepOf, totpUri } from "./totp";

async function audit(actor: StaffActor, action: "auth.mfaEnable" | "auth.mfaDisable", ipKey?: string) {
  await recordAudit({
    action,
    communityId: actor.communityId,
    actorId: actor.id,
    subjectType: "StaffUser",
    subjectId: actor.id,
    ipKey,
  });
}

/** What the account page shows: on, off, or a secret waiting for its first code. */
export async function readTotpEnrolment(actor: StaffActor) {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      totpSecretEnc: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (user.totpEnabledAt) return { status: "on" as const, recoveryCodesLeft: user._count.recoveryCodes };
  if (!user.totpSecretEnc) return { status: "off" as const };
  const secret = decryptPersonal(user.totpSecretEnc);
  return { status: "pending" as const, secret, uri: totpUri(secret, actor.username) };
}

export async function startTotpEnrolment(actor: StaffActor): Promise<void> {
  // Never replaces a secret in use: switching off comes first, with the password.
  const { count } = await db.staffUser.updateMany({
    where: { id: actor.id, totpEnabledAt: null },
    data: { totpSecretEnc: encryptPersonal(newTotpSecret()), totpLastStep: null },
  });
  if (count !== 1) throw new ActionError("adminAuth.account.errors.alreadyOn");
}

/** Switches the factor on; the recovery codes in clear, to be shown once. */
export async function confirmTotpEnrolment(
  actor: StaffActor,
  code: string,
  ipKey?: string,
  now: number = Date.now(),
): Promise<string[]> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: actor.id },
    select: { totpSecretEnc: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new ActionError("adminAuth.account.errors.alreadyOn");
  if (!user.totpSecretEnc) throw new ActionError("adminAuth.account.errors.enrolmentMissing");
  const step = totpStepOf(decryptPersonal(user.totpSecretEnc), code, now);
  if (step === null)
    throw new ActionError("forms.errors.checkFields", {
      fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
    });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: actor.id, totpEnabledAt: null, totpSecretEnc: user.totpSecretEnc },
      data: { totpEnabledAt: new Date(now), totpLastStep: step },
    });
    if (count !== 1) throw new ActionError("forms.errors.stale");
    await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: actor.id } });
    await tx.staffRecoveryCode.createMany({
      data: codes.map((c) => ({ staffUserId: actor.id, codeHash: recoveryCodeHash(c) })),
    });
  });
  await audit(actor, "auth.mfaEnable", ipKey);
  return codes;
}

export async function disableTotp(actor: StaffActor, input: DisableTotpInput, ipKey?: string): Promise<void> {
  if (!actor.mfaEnabled) throw new ActionError("adminAuth.account.errors.alreadyOff");
  await checkOwnCredentials(actor, input, ipKey);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: actor.id },
      data: { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: actor.id } });
  });
  await audit(actor, "auth.mfaDisable", ipKey);
}
