// The outbox worker: pg-boss hands it notification ids (./queue.ts), it delivers
// each (./deliver-notification.ts), and an interval sweeps for rows whose job was
// lost or whose time has come (./sweep.ts).
//
// Runs in the web server's process by default (instrumentation.ts,
// HUIYIN_WORKER=inline), or alone (`npm run worker`, scripts/worker.ts) for a
// deployment that scales it apart. Any number may run at once.
import "server-only";
import type PgBoss from "pg-boss";
import { readEnv } from "@/lib/env";
import { emailChannelFromEnv, smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import { deliverNotification, type DeliveryChannels } from "./deliver-notification";
import { runPeriodicJobs } from "./periodic-jobs";
import { enqueueNotifications, NOTIFY_QUEUE, startQueue, stopQueue, type NotifyJob } from "./queue";
import { dueNotificationIds, releaseExpiredLeases } from "./sweep";

export interface WorkerOptions {
  /**
   * Jobs fetched per poll (HUIYIN_WORKER_BATCH_SIZE). Each batch's sends run side
   * by side: the database work is a few short statements, the time is spent
   * waiting for the gateway.
   */
  batchSize?: number;
  /** Seconds between polls when the queue is empty (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Between sweeps (lease recovery, due rows without a job). */
  sweepIntervalMs?: number;
  /** Channels to send through; by default those the environment configures. */
  channels?: DeliveryChannels;
  /** Between runs of the clock jobs (rating requests, reminders, staff alerts); 0 turns them off. */
  periodicIntervalMs?: number;
}

export interface RunningWorker {
  /** One sweep now (tests, and the first one at start). */
  sweep(): Promise<void>;
  /** Stops fetching, lets running sends finish, then stops the queue. */
  stop(): Promise<void>;
}

const SWEEP_LIMIT = 1_000;

function logError(what: string, error: unknown): void {
  // The error's name and first line: Prisma and pg messages may quote parameters.
  const text = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : "unknown error";
  console.error(`[outbox] ${what} failed: ${text}`);
}

export async function startNotificationWorker(options: WorkerOptions = {}): Promise<RunningWorker> {
  const channels = options.channels ?? { sms: smsChannelFromEnv(), email: emailChannelFromEnv() };
  const boss = await startQueue({ supervise: true });

  const handle = async (job: PgBoss.Job<NotifyJob>) => {
    try {
      const outcome = await deliverNotification(job.data.id, channels);
      // Backoff: ring again when the wait is over (the sweeper would too, later).
      if (outcome.status === "PENDING") await enqueueNotifications(boss, [job.data.id], outcome.retryAt);
    } catch (error) {
      // The row stays as it was (PENDING, or SENDING until the lease ends): the
      // sweeper tries again. Never fail the job: pg-boss's retries are not ours.
      logError("delivery", error);
    }
  };
  const batchSize = options.batchSize ?? readEnv().HUIYIN_WORKER_BATCH_SIZE;
  const workerId = await boss.work<NotifyJob>(
    NOTIFY_QUEUE,
    { batchSize, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async (jobs) => {
      await Promise.all(jobs.map(handle));
      // A full batch means more are waiting: fetch again at once instead of
      // sleeping out the polling interval (which is for an idle queue).
      if (jobs.length === batchSize) boss.notifyWorker(workerId);
    },
  );

  let sweeping: Promise<void> | null = null;
  const sweep = () => {
    sweeping ??= (async () => {
      try {
        const now = new Date();
        await releaseExpiredLeases(now);
        await enqueueNotifications(boss, await dueNotificationIds(now, SWEEP_LIMIT));
      } catch (error) {
        logError("sweep", error);
      } finally {
        sweeping = null;
      }
    })();
    return sweeping;
  };
  await sweep();
  const timer = setInterval(() => void sweep(), options.sweepIntervalMs ?? 30_000);
  timer.unref();

  let periodic: Promise<void> | null = null;
  const periodicMs = options.periodicIntervalMs ?? 5 * 60_000;
  const clock =
    periodicMs > 0
      ? setInterval(() => {
          periodic ??= runPeriodicJobs().finally(() => (periodic = null));
        }, periodicMs)
      : null;
  clock?.unref();

  return {
    sweep,
    async stop() {
      clearInterval(timer);
      if (clock) clearInterval(clock);
      await Promise.all([sweeping, periodic]);
      await stopQueue();
      channels.email?.close();
    },
  };
}
