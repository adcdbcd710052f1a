// npm run bench:notify — the outbox under load and under crashes. On a fresh
// database of a REAL PostgreSQL (postgresql://postgres@127.0.0.1:5432, dropped at
// the end) it writes BENCH_NOTIFICATIONS (default 10,000) PENDING SMS rows, rings
// the queue for them as notifyAfterCommit does, and runs `scripts/worker.ts` as a
// child process against a local webhook gateway. Twice, at random moments, the
// worker is killed with SIGKILL (no cleanup at all) and started again. It ends
// when every row is SENT or DEAD, or after BENCH_TIMEOUT_S (default 600).
//
// It prints delivered/s, p50/p95 from event (the row's createdAt) to the first
// delivery at the gateway, lost (rows never delivered) and delivered twice (ids
// the gateway saw more than once: the at-least-once window of a kill between the
// gateway's answer and the worker's UPDATE). Rows a killed worker held come back
// after the 2-minute lease, so the run takes at least that long. Asserts nothing.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pg from "pg";
import { percentile } from "./bench/load";

const COUNT = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `huiyin_bench_notify_${randomBytes(4).toString("hex")}`;
const URL_ = `postgresql://postgres@127.0.0.1:5432/${NAME}`;
const ROOT = path.resolve(import.meta.dirname, "..");

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values?: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// Throw-away keys: the worker decrypts the phone it sends to.
process.env.HUIYIN_ENCRYPTION_KEY = randomBytes(32).toString("base64");
process.env.HUIYIN_LOOKUP_KEY = randomBytes(32).toString("base64");
process.env.DATABASE_URL = URL_;
process.env.HUIYIN_DB_POOL_SIZE = "4";

// The gateway: counts every delivery by notification id, answers 200 after a
// few milliseconds, like a LAN gateway.
const firstSeen = new Map<string, number>();
const seenCount = new Map<string, number>();
const gateway = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const { id } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id: string };
    if (!firstSeen.has(id)) firstSeen.set(id, Date.now());
    seenCount.set(id, (seenCount.get(id) ?? 0) + 1);
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end("{}"), 2 + Math.random() * 8);
  });
});
await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;

let worker: ChildProcess | null = null;
let exitCode = 0;
await sql(ADMIN_URL, `CREATE DATABASE ${NAME}`);
try {
  const { migrate } = await import("../lib/db/migrate");
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  await migrate(client, path.join(ROOT, "prisma/migrations"));
  await client.end();

  const { encryptPersonal, phoneLookupHash } = await import("../lib/privacy/personal-data");
  const [community] = await sql<{ id: string }>(
    URL_,
    `INSERT INTO "Community" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'bench', '园东社区', now()) RETURNING id`,
  );
  // One wish per notification, all with the same (valid) phone and consent.
  await sql(
    URL_,
    `INSERT INTO "Wish" (id, "communityId", "trackingCode", kind, content, "replyDueAt", "idempotencyKey",
       "phoneEnc", "phoneLast4", "phoneHash", "consentAt", "messageConsentAt", "updatedAt")
     SELECT gen_random_uuid(), $1, 'BENCH' || lpad(i::text, 7, '0'), 'WISH', '基准测试', now() + interval '2 days',
       gen_random_uuid()::text, $2, '8000', $3, now(), now(), now()
     FROM generate_series(1, $4::int) AS i`,
    [community!.id, encryptPersonal("13800138000"), phoneLookupHash("13800138000"), COUNT],
  );
  console.log(`bench:notify: ${COUNT} wishes ready on ${NAME}; starting the worker`);

  const startWorker = () => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        SMS_PROVIDER: "webhook",
        SMS_WEBHOOK_URL: gatewayUrl,
        HUIYIN_WORKER_BATCH_SIZE: process.env.HUIYIN_WORKER_BATCH_SIZE ?? "100",
        HUIYIN_DB_POOL_SIZE: "10",
      },
      stdio: ["ignore", "inherit", "inherit"],
      // Its own process group: SIGKILL reaches tsx's node child too.
      detached: true,
    });
    return child;
  };
  const kill = (child: ChildProcess) => {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  };
  worker = startWorker();
  // Let it create the queue before we ring it.
  await new Promise((resolve) => setTimeout(resolve, 4_000));

  // The events: rows written now, rung in batches as commits would ring them.
  const started = Date.now();
  const rows = await sql<{ id: string }>(
    URL_,
    `INSERT INTO "Notification" (id, "wishId", "eventSequence", kind, channel, "recipientHash", "updatedAt")
     SELECT gen_random_uuid(), id, 0, 'RECEIPT', 'SMS', "phoneHash", now() FROM "Wish" RETURNING id`,
  );
  const { startQueue, enqueueNotifications, stopQueue } = await import("../lib/notifications/outbox/queue");
  const boss = await startQueue({ supervise: false });
  for (let i = 0; i < rows.length; i += 500) {
    await enqueueNotifications(
      boss,
      rows.slice(i, i + 500).map((r) => r.id),
    );
  }
  await stopQueue();
  const { disconnectDb } = await import("../lib/db/client");
  await disconnectDb();
  console.log(`bench:notify: ${rows.length} notifications queued in ${Date.now() - started} ms`);

  // Two kills, at random points of the first and second half of the deliveries.
  const killAt = [0.1 + Math.random() * 0.35, 0.5 + Math.random() * 0.35].map((f) => Math.floor(f * COUNT));
  let kills = 0;
  let firstKill: { at: number; delivered: number } | null = null;
  const deadline = started + TIMEOUT_MS;
  for (;;) {
    if (kills < killAt.length && firstSeen.size >= killAt[kills]!) {
      kill(worker);
      kills++;
      firstKill ??= { at: Date.now(), delivered: firstSeen.size };
      console.log(`bench:notify: SIGKILL the worker at ${firstSeen.size} delivered; starting a new one`);
      worker = startWorker();
    }
    const [state] = await sql<{ open: number }>(
      URL_,
      `SELECT count(*)::int AS open FROM "Notification" WHERE status NOT IN ('SENT', 'DEAD')`,
    );
    if (state!.open === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const finished = Date.now();

  const final = await sql<{ id: string; status: string; created: Date }>(
    URL_,
    `SELECT id, status::text, "createdAt" AS created FROM "Notification"`,
  );
  const latencies = final
    .filter((r) => firstSeen.has(r.id))
    .map((r) => firstSeen.get(r.id)! - r.created.getTime())
    .sort((a, b) => a - b);
  const lost = final.filter((r) => !firstSeen.has(r.id)).length;
  const notSent = final.filter((r) => r.status !== "SENT").length;
  const twice = [...seenCount.values()].filter((n) => n > 1).length;
  const lastDelivery = Math.max(...firstSeen.values());
  console.log("");
  console.log(`notifications          ${COUNT}`);
  console.log(`worker kills (SIGKILL) ${kills}`);
  console.log(`delivered              ${firstSeen.size}`);
  console.log(
    `delivered/s            ${((firstSeen.size * 1000) / (lastDelivery - started)).toFixed(1)}   (whole run, lease waits included)`,
  );
  if (firstKill) {
    const steady = (firstKill.delivered * 1000) / (firstKill.at - started);
    console.log(`delivered/s, no crash  ${steady.toFixed(1)}   (until the first kill)`);
  }
  console.log(`event→delivery p50     ${(percentile(latencies, 50) / 1000).toFixed(2)} s`);
  console.log(`event→delivery p95     ${(percentile(latencies, 95) / 1000).toFixed(2)} s`);
  console.log(`event→delivery max     ${(percentile(latencies, 100) / 1000).toFixed(2)} s`);
  console.log(`lost                   ${lost}   (rows not SENT: ${notSent})`);
  console.log(`delivered twice        ${twice}   (ids the gateway saw more than once)`);
  console.log(`run                    ${((finished - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`bench:notify: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (worker?.pid) {
    try {
      process.kill(-worker.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  gateway.closeAllConnections();
  gateway.close();
  await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`).catch(() => undefined);
}
process.exit(exitCode);
