// The job queue that carries notification ids to the worker: pg-boss 10 (a queue
// on PostgreSQL, no extra server), in its own schema "pgboss" of the app's database.
//
// Its SQL runs on the app's own connection pool (lib/db/client.ts dbPool): on the
// embedded PGlite the app has ONE connection, because the socket server would
// interleave the protocol messages of two (see HUIYIN_DB_POOL_SIZE); sharing the
// pool makes pg-boss wait its turn like any other query.
//
// The queue is only a doorbell. The Notification row is the truth: a lost job, a
// duplicate job or a job for a row that is not due yet cost nothing, because the
// worker claims the row with a conditional update, and the sweeper rings again
// for any due row that has no job (./sweep.ts).
import "server-only";
import PgBoss from "pg-boss";
import { dbPool } from "@/lib/db/client";

export const NOTIFY_QUEUE = "notify";

export interface NotifyJob {
  /** The Notification id, nothing else: the worker reads the rest from the row. */
  id: string;
}

const KEY = Symbol.for("huiyin.notifications.outbox-queue");
type Holder = typeof globalThis & { [KEY]?: PgBoss };

/**
 * The process's started queue, if any. Held on globalThis: Next evaluates modules
 * once per bundle (instrumentation, route handlers, server actions), and they must
 * all send through the one instance instrumentation.ts started.
 */
export function runningQueue(): PgBoss | null {
  return (globalThis as Holder)[KEY] ?? null;
}

export interface QueueOptions {
  /** Maintenance (expiring and archiving jobs): on where a worker runs. */
  supervise: boolean;
}

/** Starts pg-boss on the app's pool, creating its schema and the notify queue. */
export async function startQueue(options: QueueOptions): Promise<PgBoss> {
  const existing = runningQueue();
  if (existing) return existing;
  const pool = dbPool();
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: "pgboss",
    supervise: options.supervise,
    // No cron: the sweeper is a plain interval (./worker.ts).
    schedule: false,
    migrate: true,
    // A job that has not finished in 2 minutes was held by a dead worker.
    expireInSeconds: 120,
    // Finished jobs are noise: the Notification row keeps the history.
    archiveCompletedAfterSeconds: 3_600,
    deleteAfterDays: 2,
  });
  // pg-boss reports maintenance failures as events; an unhandled "error" event
  // would end the process. Only the message's first line: no SQL parameters.
  boss.on("error", (error: Error) => console.error(`[outbox] queue error: ${error.message.split("\n")[0]}`));
  await boss.start();
  // "short": at most one waiting job per singletonKey (the notification id), so
  // the sweeper and a late enqueue cannot pile up duplicates. A job already running
  // does not block a new one: the conditional claim decides.
  await boss.createQueue(NOTIFY_QUEUE, { name: NOTIFY_QUEUE, policy: "short", retryLimit: 0 });
  (globalThis as Holder)[KEY] = boss;
  return boss;
}

/** Stops the process's queue, letting running jobs finish for up to `timeoutMs`. */
export async function stopQueue(timeoutMs = 15_000): Promise<void> {
  const boss = runningQueue();
  if (!boss) return;
  (globalThis as Holder)[KEY] = undefined;
  await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
}

/** Rings the worker for each id, at `startAfter` when it is not due yet. */
export async function enqueueNotifications(boss: PgBoss, ids: string[], startAfter?: Date): Promise<void> {
  if (ids.length === 0) return;
  // One insert for the lot: the sweeper may ring for hundreds at once.
  await boss.insert(
    ids.map((id) => ({
      name: NOTIFY_QUEUE,
      data: { id } satisfies NotifyJob,
      singletonKey: id,
      ...(startAfter && startAfter.getTime() > Date.now() ? { startAfter } : {}),
    })),
  );
}
