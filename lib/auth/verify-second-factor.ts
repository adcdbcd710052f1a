// Checks a second-factor code for an account: a TOTP code (6 digits) or one of
// its recovery codes. Both are single use, enforced by conditional updates, so
// two requests racing with the same code cannot both succeed.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { isUuid } from "@/lib/uuid";
import { normaliseRecoveryCode, recoveryCodeHash } from "./recovery-codes";
import { totpStepOf } from "./totp";

export type SecondFactorVerdict = "ok" | "invalid";

async function verifyTotp(userId: string, secretEnc: string, code: string, now: number): Promise<SecondFactorVerdict> {
  const step = totpStepOf(decryptPersonal(secretEnc), code, now);
  if (step === null) return "invalid";
  // Accept only a step later than the last one used: a code seen over a
  // shoulder or in a proxy log cannot be entered a second time.
  const { count } = await db.staffUser.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1 ? "ok" : "invalid";
}

async function redeemRecoveryCode(userId: string, communityId: string, code: string): Promise<SecondFactorVerdict> {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[0-9A-Z]{10}$/.test(normalised)) return "invalid";
  const { count } = await db.staffRecoveryCode.updateMany({
    where: { staffUserId: userId, codeHash: recoveryCodeHash(normalised), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count !== 1) return "invalid";
  const left = await db.staffRecoveryCode.count({ where: { staffUserId: userId, usedAt: null } });
  await recordAudit({
    action: "auth.recoveryCodeUsed",
    communityId,
    actorId: userId,
    subjectType: "StaffUser",
    subjectId: userId,
    detail: { left },
  });
  return "ok";
}

/** "ok" once per code; "invalid" for a wrong, reused or malformed code, or an account without a second factor. */
export async function verifySecondFactor(
  userId: string,
  typed: string,
  now: number = Date.now(),
): Promise<SecondFactorVerdict> {
  if (!isUuid(userId) || typed.length > 64) return "invalid";
  const user = await db.staffUser.findUnique({
    where: { id: userId },
    select: { communityId: true, totpSecretEnc: true, totpEnabledAt: true },
  });
  if (!user?.totpSecretEnc || !user.totpEnabledAt) return "invalid";
  const code = typed.replace(/\s/g, "");
  return /^\d{6}$/.test(code)
    ? verifyTotp(userId, user.totpSecretEnc, code, now)
    : redeemRecoveryCode(userId, user.communityId, code);
}
