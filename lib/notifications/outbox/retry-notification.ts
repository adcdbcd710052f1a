// Staff send a DEAD or SKIPPED message again, from the dashboard's outbox page,
// once its cause is fixed (a gateway contract renewed, a number corrected). A
// fresh start: PENDING, no attempts, due now (or when quiet hours end); the worker
// is rung after the commit.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { ActionError } from "@/lib/forms/action-error";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { notifyAfterCommit } from "./notify-after-commit";

/** The row is gone, or is not DEAD/SKIPPED any more (sent, or retried by someone else). */
class NotificationNotRetryableError extends ActionError {
  constructor() {
    super("adminNotifications.errors.notRetryable");
    this.name = "NotificationNotRetryableError";
  }
}

export async function retryNotification(actor: Actor | null, input: { id: string }): Promise<void> {
  assertCan(actor, "notification.manage");
  const row = await db.notification.findUnique({
    where: { id: input.id },
    select: { id: true, status: true, lastErrorCode: true, wish: { select: { id: true, communityId: true } } },
  });
  if (!row) throw new NotificationNotRetryableError();
  // Another community's message is refused like a missing permission.
  assertCan(actor, "notification.manage", row.wish);
  await db.$transaction(async (tx) => {
    // Conditional: two staff pressing retry at once reset (and audit) it once.
    const reset = await tx.notification.updateMany({
      where: { id: row.id, status: { in: ["DEAD", "SKIPPED"] } },
      // Quiet hours still hold: a retry pressed at 22:00 reaches the resident at 08:00.
      data: { status: "PENDING", attempts: 0, claimedAt: null, deliverAfter: firstDeliveryAt(new Date()) },
    });
    if (reset.count !== 1) throw new NotificationNotRetryableError();
    await recordAudit(
      {
        action: "notification.retry",
        communityId: row.wish.communityId,
        actorId: actor.id,
        subjectType: "notification",
        subjectId: row.id,
        detail: { wishId: row.wish.id, from: row.status, lastErrorCode: row.lastErrorCode },
      },
      tx,
    );
  });
  notifyAfterCommit([row.id]);
}
