// The second step of a sign-in with a second factor: the password was right and
// a session row waits, marked pending; the right code completes it. Five wrong
// codes revoke the row, so the password has to be entered again, and ten for
// the account within 15 minutes stop all codes: six digits cannot be walked through.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { verifySecondFactor } from "./verify-second-factor";

const MAX_SECOND_FACTOR_FAILURES = 5;
/**
 * Across sign-ins: whoever has the password could start a fresh sign-in after
 * every five wrong codes. Ten wrong codes for an account within 15 minutes stop
 * even a right one until the window has passed.
 */
const ACCOUNT_FAILURE_LIMIT = 10;
const ACCOUNT_FAILURE_WINDOW_MS = 15 * 60_000;

async function recentAccountFailures(userId: string): Promise<number> {
  return db.auditLog.count({
    where: {
      action: "auth.secondFactorFailed",
      subjectId: userId,
      createdAt: { gte: new Date(Date.now() - ACCOUNT_FAILURE_WINDOW_MS) },
    },
  });
}

export type SecondStepResult = "ok" | "invalid" | "restart";

export async function completeSecondFactor(
  pending: { sessionId: string; userId: string },
  code: string,
  ipKey?: string,
): Promise<SecondStepResult> {
  if ((await recentAccountFailures(pending.userId)) >= ACCOUNT_FAILURE_LIMIT) {
    await db.staffSession.updateMany({ where: { id: pending.sessionId }, data: { revokedAt: new Date() } });
    return "restart";
  }
  const verdict = await verifySecondFactor(pending.userId, code);
  if (verdict === "ok") {
    const { count } = await db.staffSession.updateMany({
      where: { id: pending.sessionId, secondFactorPending: true, revokedAt: null },
      data: { secondFactorPending: false, reauthenticatedAt: new Date() },
    });
    return count === 1 ? "ok" : "restart";
  }
  const row = await db.staffSession.update({
    where: { id: pending.sessionId },
    data: { secondFactorFailures: { increment: 1 } },
    select: { secondFactorFailures: true, staffUser: { select: { communityId: true } } },
  });
  const restart = row.secondFactorFailures >= MAX_SECOND_FACTOR_FAILURES;
  if (restart) await db.staffSession.update({ where: { id: pending.sessionId }, data: { revokedAt: new Date() } });
  await recordAudit({
    action: "auth.secondFactorFailed",
    communityId: row.staffUser.communityId,
    subjectType: "StaffUser",
    subjectId: pending.userId,
    ipKey,
    detail: { failures: row.secondFactorFailures },
  });
  return restart ? "restart" : "invalid";
}
