// The outbox's safety net, run on an interval by every worker (./worker.ts):
//   - a lease: a row SENDING for longer than LEASE_MS was held by a worker that
//     died mid-send (killed, out of memory, a deploy). It goes back to PENDING;
//   - then every PENDING row that is due (quiet hours over, backoff waited, or its
//     job lost because the process died between commit and enqueue) is rung again.
// Several workers may sweep at once: the ring is deduplicated by the queue
// (singletonKey) and the send by the conditional claim.
import "server-only";
import { db } from "@/lib/db/client";
import { LEASE_MS, MAX_ATTEMPTS } from "./backoff";

/**
 * Rows whose worker died: back to PENDING, due now. Returns how many. A lost lease
 * counts as an attempt, so a message that kills every worker that sends it (a
 * poison message) ends DEAD instead of looping forever.
 */
export async function releaseExpiredLeases(now: Date): Promise<number> {
  const expired = { status: "SENDING" as const, claimedAt: { lt: new Date(now.getTime() - LEASE_MS) } };
  const dead = await db.notification.updateMany({
    where: { ...expired, attempts: { gte: MAX_ATTEMPTS - 1 } },
    data: { status: "DEAD", claimedAt: null, lastErrorCode: "lease-expired", attempts: { increment: 1 } },
  });
  const released = await db.notification.updateMany({
    where: expired,
    data: { status: "PENDING", claimedAt: null, lastErrorCode: "lease-expired", attempts: { increment: 1 } },
  });
  return dead.count + released.count;
}

/** Ids of PENDING rows that are due, oldest first (uses the (status, deliverAfter) index). */
export async function dueNotificationIds(now: Date, limit: number): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: { status: "PENDING", deliverAfter: { lte: now } },
    orderBy: { deliverAfter: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
