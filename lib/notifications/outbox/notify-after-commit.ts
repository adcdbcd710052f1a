// After a transaction that recorded notifications commits, ring the worker for
// them. Fire and forget: the request that changed the wish must not wait for,
// or fail because of, the queue. A ring that is lost (no queue in this process,
// the database busy, the process ending) costs only latency: the worker's sweeper
// finds every due PENDING row (./sweep.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { enqueueNotifications, runningQueue } from "./queue";

export function notifyAfterCommit(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const boss = runningQueue();
  // Tests and scripts that change wishes without a queue: the sweeper will do.
  if (!boss) return;
  void (async () => {
    // Held by quiet hours: the job waits in the queue until they end.
    const rows = await db.notification.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, deliverAfter: true },
    });
    // One event's rows share their time: one insert per distinct time.
    const byTime = new Map<number, string[]>();
    for (const row of rows)
      byTime.set(row.deliverAfter.getTime(), [...(byTime.get(row.deliverAfter.getTime()) ?? []), row.id]);
    for (const [time, group] of byTime) await enqueueNotifications(boss, group, new Date(time));
  })().catch((error: unknown) => {
    console.error(`[outbox] enqueue failed: ${error instanceof Error ? error.name : "error"}; the sweeper will retry`);
  });
}
