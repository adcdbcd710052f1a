// npm run bench:wishes — how fast wishes are received, and that none is lost or
// stored twice. Builds, starts `next start` on a REAL PostgreSQL (DATABASE_URL, or
// a fresh database on postgresql://postgres@127.0.0.1:5432 that is dropped at the
// end), then POSTs BENCH_WISHES wishes (default 400), BENCH_CONCURRENCY at a time
// (default 16), to /api/wishes: the form's own path (schema, rate limits,
// submitWish; see lib/wishes/receive-wish.ts). One in five is sent again with the
// same idempotency key, half of those at the same moment as the first attempt.
// Then it counts the wishes in the database, and loads a bare dynamic page
// (/bench/dynamic, a page rendered on every request) on the same server with autocannon for comparison.
// It prints figures; it asserts nothing about time (target: ratio ≥ 0.6).
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { load, percentile } from "./bench/load";
import { startBenchServer } from "./bench/server";

const WISHES = Number(process.env.BENCH_WISHES ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const RUN = randomBytes(4).toString("hex");

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Submission {
  index: number;
  warmUp: boolean;
  key: string;
  /** "none", a retry "racing" the first attempt, or one sent "after" it answered. */
  retry: "none" | "racing" | "after";
}

interface Sent {
  status: number;
  ms: number;
  code: string | null;
}

/** Content marker of the measured wishes; the warm-up's carry another and are not counted. */
const MARKER = `基准测试 ${RUN}`;

function fields(s: Submission): URLSearchParams {
  const form = new URLSearchParams({
    kind: s.index % 3 === 0 ? "opinion" : "wish",
    category: "other",
    content: `${s.warmUp ? "预热" : MARKER} 第 ${s.index} 条：希望小区里多装几盏路灯。`,
    idempotencyKey: s.key,
  });
  // Half leave a phone, so encryption and the lookup hash are in the measured path.
  if (s.index % 2 === 0) {
    form.set("phone", `139${String(10_000_000 + s.index).slice(-8)}`);
    form.set("consent", "on");
    form.set("public", "on");
  }
  return form;
}

async function post(baseUrl: string, s: Submission): Promise<Sent> {
  const started = performance.now();
  // A retry comes from the same phone as its first attempt: the server returns the
  // first answer only to the device that sent it (lib/wishes/submit-wish.ts), and
  // a racing retry leaves before the first answer could set the cookie.
  const headers = { Cookie: `huiyin-device=${s.key}` };
  const res = await fetch(`${baseUrl}/api/wishes`, { method: "POST", body: fields(s), headers });
  const body = (await res.json()) as { trackingCode?: string };
  return { status: res.status, ms: performance.now() - started, code: body.trackingCode ?? null };
}

/** Sends every submission (and its retry) with `concurrency` workers; returns every answer per key. */
async function submitAll(
  baseUrl: string,
  submissions: Submission[],
  concurrency: number,
): Promise<Map<string, Sent[]>> {
  const answers = new Map<string, Sent[]>();
  let next = 0;
  const worker = async () => {
    for (let s = submissions[next++]; s; s = submissions[next++]) {
      const sent =
        s.retry === "racing" ? await Promise.all([post(baseUrl, s), post(baseUrl, s)]) : [await post(baseUrl, s)];
      if (s.retry === "after") sent.push(await post(baseUrl, s));
      answers.set(s.key, sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

function plan(count: number, warmUp = false): Submission[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    warmUp,
    key: randomUUID(),
    retry: index % 10 === 0 ? "racing" : index % 10 === 5 ? "after" : "none",
  }));
}

let databaseUrl = process.env.DATABASE_URL;
let dropDatabase: (() => Promise<void>) | null = null;
if (!databaseUrl) {
  const name = `huiyin_bench_${RUN}`;
  await admin(`CREATE DATABASE ${name}`);
  databaseUrl = `postgresql://postgres@127.0.0.1:5432/${name}`;
  dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

const secret = () => randomBytes(32).toString("base64");
const server = await startBenchServer({
  port: PORT,
  name: "wishes",
  extraEnv: {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: ".next-bench-wishes",
    // An external database gets no generated secrets (scripts/run-with-db.ts).
    HUIYIN_ENCRYPTION_KEY: process.env.HUIYIN_ENCRYPTION_KEY ?? secret(),
    HUIYIN_LOOKUP_KEY: process.env.HUIYIN_LOOKUP_KEY ?? secret(),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secret(),
    // Every request comes from one address without a cookie: the limits would
    // (rightly) stop the benchmark after 60 wishes.
    RATE_WISH_DEVICE_POINTS: "1000000",
    RATE_WISH_IP_POINTS: "1000000",
  },
});
const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
try {
  // Warm-up: the route's first requests compile and connect; not counted.
  await submitAll(server.baseUrl, plan(CONCURRENCY * 2, true), CONCURRENCY);
  for (let i = 0; i < 20; i++) await (await fetch(`${server.baseUrl}/bench/dynamic`)).text();

  const submissions = plan(WISHES);
  const started = performance.now();
  const answers = await submitAll(server.baseUrl, submissions, CONCURRENCY);
  const seconds = (performance.now() - started) / 1000;

  const all = [...answers.values()].flat();
  const times = all.map((a) => a.ms).sort((a, b) => a - b);
  const accepted = [...answers.values()].filter((sent) =>
    sent.some((a) => a.status === 201 || a.status === 200),
  ).length;
  const inconsistent = [...answers.values()].filter(
    (sent) => new Set(sent.map((a) => a.code)).size !== 1 || sent[0]?.code === null,
  ).length;
  const failed = all.filter((a) => a.status !== 201 && a.status !== 200).length;

  const keys = submissions.map((s) => s.key);
  const { rows } = await pool.query<{ rows: number; distinct_keys: number; distinct_codes: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT "idempotencyKey")::int AS distinct_keys,
            count(DISTINCT "trackingCode")::int AS distinct_codes
       FROM "Wish" WHERE content LIKE $1`,
    [`${MARKER} 第 %`],
  );
  const stored = rows[0]!;
  const { rows: events } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "WishEvent" e JOIN "Wish" w ON w.id = e."wishId" WHERE w."idempotencyKey" = ANY($1)`,
    [keys],
  );

  const bare = await load("bare dynamic page /bench/dynamic", `${server.baseUrl}/bench/dynamic`, {
    connections: CONCURRENCY,
    durationSec: DURATION,
  });

  const acceptedPerSec = accepted / seconds;
  const retries = submissions.filter((s) => s.retry !== "none").length;
  console.log(
    `bench: PostgreSQL, ${WISHES} wishes (${retries} sent twice, ${submissions.filter((s) => s.retry === "racing").length} of them racing), ${CONCURRENCY} at a time`,
  );
  console.log(`  requests sent            ${all.length} (non-2xx: ${failed})`);
  console.log(`  wishes accepted          ${accepted} in ${seconds.toFixed(2)} s`);
  console.log(`  accepted/s               ${acceptedPerSec.toFixed(1)}`);
  console.log(
    `  p95 latency              ${percentile(times, 95).toFixed(1)} ms (p50 ${percentile(times, 50).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms)`,
  );
  console.log(`  retries answered alike   ${answers.size - inconsistent}/${answers.size} keys got one tracking code`);
  console.log(
    `  in the database          ${stored.rows} wishes, ${stored.distinct_keys} distinct keys, ${stored.distinct_codes} distinct codes, ${events[0]?.n ?? 0} SUBMIT events`,
  );
  console.log(`  lost                     ${WISHES - stored.distinct_keys}`);
  console.log(`  duplicated               ${stored.rows - stored.distinct_keys}`);
  console.log(
    `  bare dynamic page        ${bare.reqPerSec.toFixed(0)} req/s, p95 ${bare.p95Ms.toFixed(1)} ms (non-2xx ${bare.non2xx}, errors ${bare.errors})`,
  );
  console.log(`  ratio accepted/s ÷ bare  ${(acceptedPerSec / bare.reqPerSec).toFixed(2)} (target ≥ 0.60)`);
} finally {
  await pool.end();
  await server.stop();
  await dropDatabase?.();
}
