// npm run bench:faults — what residents see when PostgreSQL goes away mid-load.
//
// Starts a private PostgreSQL cluster (initdb on a free port, so the machine's
// shared server is never stopped), builds and starts the app on it, and submits
// wishes to /api/wishes from BENCH_CONCURRENCY workers (default 8) for
// BENCH_SECONDS (default 30). At second 8 it stops PostgreSQL (pg_ctl stop -m
// fast) for 10 seconds and starts it again; the app is not restarted.
// Meanwhile it polls /api/health and the wish form page.
//
// Each submission must either land exactly once (201/200) or be refused with
// 503 "unavailable", the resident's cue to send again (the form keeps the text).
// After the run every refused submission is sent once more with the same key.
// It prints accepted, refused, lost (must be 0), duplicated (must be 0), other
// answers (500s, blank pages: must be 0) and how /api/health behaved.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { startBenchServer } from "./bench/server";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const STOP_AT = 8;
const OUTAGE = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3320);
const RUN = randomBytes(4).toString("hex");
const MARKER = `故障演练 ${RUN}`;

const bin = (name: string) => path.join(execFileSync("pg_config", ["--bindir"]).toString().trim(), name);
// initdb and postgres refuse to run as root.
const asPostgres = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
function run(command: string, args: string[]): void {
  const [cmd, ...rest] = [...asPostgres, command, ...args];
  const result = spawnSync(cmd!, rest, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args[0] ?? ""} failed`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "huiyin-faults-"));
chmodSync(dir, 0o777);
const dataDir = path.join(dir, "data");
const pgPort = await freePort();
const pgCtl = (action: "start" | "stop") =>
  run(bin("pg_ctl"), [
    "-D",
    dataDir,
    "-l",
    path.join(dir, "postgres.log"),
    "-o",
    `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1`,
    ...(action === "stop" ? ["-m", "fast"] : []),
    "-w",
    action,
  ]);

run(bin("initdb"), ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
pgCtl("start");
const adminClient = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${pgPort}/postgres` });
await adminClient.connect();
await adminClient.query("CREATE DATABASE huiyin");
await adminClient.end();
const databaseUrl = `postgresql://postgres@127.0.0.1:${pgPort}/huiyin`;

interface Answer {
  status: number;
  code: string | null;
  error: string | null;
}

interface Attempt {
  key: string;
  content: string;
  device: string | null;
  answers: Answer[];
}

async function post(baseUrl: string, attempt: Attempt): Promise<Answer> {
  const body = new URLSearchParams({ kind: "wish", category: "other", content: attempt.content });
  body.set("idempotencyKey", attempt.key);
  try {
    const res = await fetch(`${baseUrl}/api/wishes`, {
      method: "POST",
      body,
      headers: attempt.device ? { cookie: attempt.device } : {},
    });
    const device = /huiyin-device=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
    if (device) attempt.device = device;
    const text = await res.text();
    let json: { trackingCode?: string; error?: string } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // A blank or HTML answer: counted under "other".
    }
    return { status: res.status, code: json.trackingCode ?? null, error: json.error ?? null };
  } catch (error) {
    return { status: 0, code: null, error: error instanceof Error ? error.message : "network" };
  }
}

const server = await startBenchServer({
  port: PORT,
  name: "faults",
  extraEnv: {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: ".next-bench-faults",
    RATE_WISH_DEVICE_POINTS: "1000000",
    RATE_WISH_IP_POINTS: "1000000",
  },
});

const attempts: Attempt[] = [];
const health: { t: number; status: number }[] = [];
const pages: { t: number; status: number; bytes: number }[] = [];
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;
let stopAt = 0;
let restartedAt = 0;

try {
  const outage = (async () => {
    await new Promise((r) => setTimeout(r, STOP_AT * 1000));
    stopAt = elapsed();
    pgCtl("stop");
    console.log(`bench: PostgreSQL stopped at ${stopAt.toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, OUTAGE * 1000));
    pgCtl("start");
    restartedAt = elapsed();
    console.log(`bench: PostgreSQL started again at ${restartedAt.toFixed(1)} s`);
  })();
  const poll = async () => {
    while (elapsed() < SECONDS) {
      const t = elapsed();
      const h = await fetch(`${server.baseUrl}/api/health`).catch(() => null);
      health.push({ t, status: h?.status ?? 0 });
      await h?.text();
      const p = await fetch(`${server.baseUrl}/wishes/new`).catch(() => null);
      pages.push({ t, status: p?.status ?? 0, bytes: (await p?.text())?.length ?? 0 });
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  let n = 0;
  const worker = async () => {
    while (elapsed() < SECONDS) {
      const attempt: Attempt = {
        key: randomUUID(),
        content: `${MARKER} 第 ${n++} 条：希望小区里多装几盏路灯。`,
        device: null,
        answers: [],
      };
      attempts.push(attempt);
      attempt.answers.push(await post(server.baseUrl, attempt));
    }
  };
  await Promise.all([outage, poll(), ...Array.from({ length: CONCURRENCY }, worker)]);

  const ok = (a: Answer) => a.status === 200 || a.status === 201;
  const refusedNow = (a: Attempt) => a.answers[0]?.status === 503 && a.answers[0].error === "unavailable";
  const accepted = attempts.filter((a) => a.answers[0] && ok(a.answers[0]));
  const refused = attempts.filter(refusedNow);
  const other = attempts.filter((a) => !accepted.includes(a) && !refused.includes(a));

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const storedKeys = async () => {
    const { rows } = await pool.query<{ key: string; n: number }>(
      `SELECT "idempotencyKey" AS key, count(*)::int AS n FROM "Wish" WHERE content LIKE $1 GROUP BY 1`,
      [`${MARKER} 第 %`],
    );
    return new Map(rows.map((r) => [r.key, r.n]));
  };
  const before = await storedKeys();
  const refusedButStored = refused.filter((a) => before.has(a.key)).length;
  // The resident presses send again: the same key, the same device.
  for (const a of refused) a.answers.push(await post(server.baseUrl, a));
  const retriedOk = refused.filter((a) => a.answers[1] && ok(a.answers[1])).length;
  const after = await storedKeys();
  await pool.end();

  const lost = accepted.filter((a) => !after.has(a.key)).length + refused.filter((a) => !after.has(a.key)).length;
  const duplicated = [...after.values()].reduce((sum, n) => sum + (n - 1), 0);
  const during = health.filter((h) => h.t > stopAt + 1 && h.t < restartedAt);
  const recovered = health.find((h) => h.t > restartedAt && h.status === 200);
  const badPages = pages.filter((p) => p.status !== 200 || p.bytes < 1000).length;

  console.log(
    `bench: faults, ${CONCURRENCY} workers for ${SECONDS} s, PostgreSQL down ${OUTAGE} s from second ${STOP_AT}`,
  );
  console.log(`  submissions              ${attempts.length}`);
  console.log(`  accepted                 ${accepted.length}`);
  console.log(
    `  refused (503, try again) ${refused.length} (${refusedButStored} of them had been stored before the answer was lost)`,
  );
  console.log(
    `  other answers            ${other.length} ${other.length ? JSON.stringify(other.slice(0, 3).map((a) => a.answers[0])) : ""}`,
  );
  console.log(`  refused, sent again      ${retriedOk}/${refused.length} accepted`);
  console.log(`  lost                     ${lost}`);
  console.log(`  duplicated               ${duplicated}`);
  console.log(
    `  /api/health during outage ${during.filter((h) => h.status === 503).length}/${during.length} answered 503; first 200 after restart ${recovered ? `${(recovered.t - restartedAt).toFixed(1)} s later` : "never"}`,
  );
  console.log(
    `  wish form page           ${pages.length - badPages}/${pages.length} full pages (no blank page, no 500)`,
  );
} finally {
  await server.stop();
  try {
    pgCtl("stop");
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}
