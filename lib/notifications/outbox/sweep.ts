// The outbox's safety net, run on an interval by every worker (./worker.ts):
//   - a lease: a row SENDING for longer than LEASE_MS was held by a worker that
//     died mid-send (killed, out of memory, a deploy). It goes back to PENDING;
//   - then every PENDING row that is due (quiet hours over, backoff waited, or its
//     job lost because the process died between commit and enqueue) is rung again.
// Several workers may sweep at once: the ring is deduplicated by the queue
// (singletonKey) and the send by the conditional claim.
import "server-only";
import { db } from "@/lib/db/client";
import { LEASE_MS } from "./backoff";

/** Rows whose worker died: back to PENDING, due now. Returns how many. */
export async function releaseExpiredLeases(now: Date): Promise<number> {
  const released = await db.notification.updateMany({
    where: { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - LEASE_MS) } },
    data: { status: "PENDING", claimedAt: null, lastErrorCode: "lease-expired" },
  });
  return released.count;
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
