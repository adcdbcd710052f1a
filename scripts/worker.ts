// npm run worker — the message outbox's worker on its own, for a deployment that
// scales it apart from the web servers (set HUIYIN_WORKER=off on those). Any
// number may run; each delivers what the queue gives it and sweeps for the rest
// (lib/notifications/outbox/worker.ts). SIGTERM/SIGINT: stop fetching, let the
// sends in flight finish (up to 15 s), exit.
//
// Needs an external PostgreSQL (DATABASE_URL). The embedded database runs its
// worker inside `npm run dev` / `npm start`: a second process would be a second
// connection to PGlite, which cannot keep two apart (HUIYIN_DB_POOL_SIZE).
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { readEnv } from "../lib/env";
import { startNotificationWorker } from "../lib/notifications/outbox/worker";

if (!readEnv().DATABASE_URL) {
  console.error("worker: DATABASE_URL is unset. The embedded database runs its worker inside npm run dev / npm start.");
  process.exit(2);
}

const worker = await startNotificationWorker();
console.log(`[outbox] worker ${process.pid} running`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[outbox] ${signal}: finishing sends in flight`);
    void worker
      .stop()
      .then(async () => {
        const { disconnectDb } = await import("../lib/db/client");
        await disconnectDb();
        process.exit(0);
      })
      .catch(() => process.exit(1));
  });
}
