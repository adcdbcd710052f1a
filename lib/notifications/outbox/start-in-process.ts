// The outbox inside the web server's process, started by instrumentation.ts:
// HUIYIN_WORKER=inline (the default) runs the worker here; "off" only opens the
// queue, so the server's transitions still ring a worker that runs elsewhere
// (`npm run worker`).
import "server-only";
import { readEnv } from "@/lib/env";
import { startQueue, stopQueue } from "./queue";
import { startNotificationWorker } from "./worker";

const STARTED = Symbol.for("huiyin.notifications.outbox-started");
type Holder = typeof globalThis & { [STARTED]?: boolean };

export async function startOutboxInProcess(): Promise<void> {
  // Once per process, even if Next evaluates instrumentation again (dev reloads).
  const holder = globalThis as Holder;
  if (holder[STARTED]) return;
  holder[STARTED] = true;
  // A bare `next dev` without scripts/run-with-db.ts has no database to queue in.
  if (!process.env.DATABASE_URL) {
    console.warn("[outbox] DATABASE_URL is unset: no message worker in this process (start with npm run dev)");
    return;
  }
  const inline = readEnv().HUIYIN_WORKER === "inline";
  try {
    const worker = inline ? await startNotificationWorker() : null;
    if (!inline) await startQueue({ supervise: false });
    // The server exits on these signals on its own (Next, scripts/serve.ts); this
    // stops fetching at once, and a send cut short is recovered by the lease.
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void (worker ? worker.stop() : stopQueue()).catch(() => undefined));
    }
    console.log(`[outbox] ${inline ? "worker running in this process" : "queue open; worker runs apart"}`);
  } catch (error) {
    // The site serves without messages rather than not at all; the rows wait.
    console.error(`[outbox] could not start: ${error instanceof Error ? error.name : "error"}`);
  }
}
