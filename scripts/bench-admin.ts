// npm run bench:admin — the dashboard at scale (issue 5, "Fast at scale").
// 1. A real PostgreSQL: DATABASE_URL, or a fresh database huiyin_bench_admin on
//    postgresql://postgres@127.0.0.1:5432 (dropped at the end unless BENCH_ADMIN_KEEP=1;
//    BENCH_ADMIN_REUSE=1 reuses a kept one that already holds the rows).
// 2. Migrates (lib/db/migrate.ts), seeds the reference data (lib/seed), and bulk-loads
//    BENCH_ADMIN_ROWS wishes (default 1,000,000) with their events in SQL
//    (scripts/bench/admin-load.ts), then ANALYZE.
// 3. Times the query functions the pages call, in this process (server time, no
//    HTTP): BENCH_ADMIN_RUNS runs each (default 50) after 5 warm-up runs.
//    BENCH_ADMIN_COVERING_INDEX=1 first adds a candidate covering index for the
//    report's long periods (not in the schema), to compare.
// 4. Streams a 100,000-row CSV export through the route's own generator and byte
//    stream and samples memory while it runs.
// 5. Spreads the wishes over the ten communities of one subdistrict with 50
//    receiving units and their referrals (scripts/bench/subdistrict-load.ts), then
//    times the units' lists, the unit figures and the subdistrict comparison.
// It prints figures and asserts nothing (targets: inbox p95 < 50 ms, report p95 <
// 200 ms, unit list p95 < 50 ms, comparison p95 < 200 ms, CSV memory growth < 100 MB).
//
// lib/ modules import "server-only"; run with `tsx --conditions=react-server` (the
// npm script does) so that import resolves to its empty server build. The script
// also passes --expose-gc, so the "after" memory figures follow a full collection.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { bulkLoad } from "./bench/admin-load";
import { BENCH_COMMUNITIES, spreadAcrossSubdistrict } from "./bench/subdistrict-load";
import { percentile } from "./bench/load";
import { shanghaiDay } from "../lib/time/shanghai";

const ROWS = Number(process.env.BENCH_ADMIN_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_ADMIN_RUNS ?? 50);
const CSV_ROWS = Number(process.env.BENCH_ADMIN_CSV_ROWS ?? 100_000);
const SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const BENCH_DB = "huiyin_bench_admin";
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../prisma/migrations");

const log = (msg: string) => console.log(`[bench:admin] ${msg}`);

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function prepareDatabase(): Promise<{ url: string; created: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, created: false };
  const url = databaseUrl(BENCH_DB);
  if (process.env.BENCH_ADMIN_REUSE === "1") {
    const exists = await withClient(SERVER, (c) => c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB]));
    if (exists.rowCount) return { url, created: true };
  }
  await withClient(SERVER, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BENCH_DB}`);
  });
  return { url, created: true };
}

interface Timing {
  label: string;
  median: number;
  p95: number;
  note?: string;
}

async function time(label: string, run: () => Promise<unknown>, note?: string): Promise<Timing> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result = { label, median: percentile(times, 50), p95: percentile(times, 95), note };
  log(`${label}: median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
  return result;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const { url, created } = await prepareDatabase();
  process.env.DATABASE_URL = url;
  process.env.HUIYIN_DB_POOL_SIZE ??= "4";
  process.env.HUIYIN_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  process.env.HUIYIN_LOOKUP_KEY ??= randomBytes(32).toString("base64");
  const { migrate } = await import("../lib/db/migrate");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { seedDatabase } = await import("../lib/seed/seed-database");
  const { db, disconnectDb } = await import("../lib/db/client");
  const { listInbox, countInbox } = await import("../lib/wishes/inbox-query");
  const { parseInboxFilter } = await import("../lib/wishes/inbox-filter");
  const { getWishReport, listReportMarketDays } = await import("../lib/reports/wish-report");
  const { wishCsvChunks } = await import("../lib/reports/export-wishes");
  const { parseExportFilter } = await import("../lib/reports/export-filter");
  const { csvByteStream } = await import("../lib/reports/csv-stream");
  const { findSimilarWishes } = await import("../lib/wishes/similar-wishes");
  const { listUnitReferrals } = await import("../lib/referrals/unit-referral-list");
  const { queryUnitFigures } = await import("../lib/reports/unit-figures");
  const { compareCommunities } = await import("../lib/subdistrict/compare-communities");
  const { periodBounds } = await import("../lib/reports/report-scope");

  try {
    await withClient(url, (c) => migrate(c, MIGRATIONS_DIR));
    const prisma = createPrismaClient(url, 2);
    await seedDatabase(prisma, { staffPassword: process.env.SEED_STAFF_PASSWORD ?? "bench-staff-password" });
    const admin = await prisma.staffUser.findUniqueOrThrow({
      where: { username: "admin" },
      select: { id: true, role: true, communityId: true },
    });
    const subdistrictAccount = await prisma.staffUser.findUniqueOrThrow({
      where: { username: "yuanling" },
      select: { id: true, role: true, communityId: true, subdistrictId: true },
    });
    await prisma.$disconnect();

    const loaded = await withClient(url, async (c) => {
      const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "Wish" WHERE "trackingCode" LIKE 'BENCH%'`);
      return Number(r.rows[0]?.n ?? 0);
    });
    if (loaded === 0) {
      const started = performance.now();
      await withClient(url, (c) => bulkLoad(c, admin.communityId, ROWS, log));
      log(`bulk load done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else log(`reusing ${loaded} loaded wishes`);
    if (process.env.BENCH_ADMIN_COVERING_INDEX === "1") {
      // Not in the schema: a candidate for long report periods (index-only scan
      // instead of reading a third of the table), measured here before anyone
      // writes a migration for it.
      await withClient(url, async (c) => {
        await c.query(`CREATE INDEX IF NOT EXISTS bench_report_cover ON "Wish" ("communityId", "createdAt")
          INCLUDE (status, "handledOnSiteAt", "referredAt", "escalatedAt", "firstReplyAt", "settledAt", "replyDueAt", "referralDueAt", satisfaction)`);
        await c.query(`VACUUM ANALYZE "Wish"`);
      });
      log("candidate covering index for reports created (BENCH_ADMIN_COVERING_INDEX=1)");
    }
    const total = await db.wish.count();
    log(`${total} wishes in the database`);

    const actor = { id: admin.id, role: admin.role, communityId: admin.communityId };
    const results: Timing[] = [];
    const all = parseInboxFilter({});
    results.push(await time("inbox: first page", () => listInbox(actor, all)));
    results.push(await time("inbox: counts per state (all)", () => countInbox(actor, all), "same page, second query"));
    const filtered = parseInboxFilter({ state: "referred", category: "elderly_care", kind: "wish" });
    results.push(await time("inbox: filtered page", () => listInbox(actor, filtered), "state+category+kind"));
    results.push(await time("inbox: counts (filtered)", () => countInbox(actor, filtered)));
    const overdue = parseInboxFilter({ overdue: "1" });
    results.push(await time("inbox: overdue page", () => listInbox(actor, overdue)));

    // Walk the keyset to 5,000 rows deep (200 pages of 25), then time that page.
    let deep = all;
    for (let page = 0; page < 200; page++) {
      const { next } = await listInbox(actor, deep);
      if (!next) break;
      deep = { ...all, cursor: next };
    }
    results.push(await time("inbox: page 5,000 rows deep", () => listInbox(actor, deep)));
    const search = parseInboxFilter({ q: "路灯" });
    results.push(await time("inbox: text search 路灯", () => listInbox(actor, search), "~1 in 12 match"));
    const rare = parseInboxFilter({ q: "第123456条" });
    results.push(await time("inbox: text search, rare", () => listInbox(actor, rare), "1 match"));

    const days = await listReportMarketDays(actor);
    const day = days.find((d) => d.slug.startsWith("bench-")) ?? days[0]!;
    results.push(
      await time(
        "report: market day",
        () => getWishReport(actor, { kind: "marketDay", slug: day.slug }),
        `~${Math.round((ROWS * 0.6) / 150)} wishes`,
      ),
    );
    results.push(await time("report: market-day list (filter)", () => listReportMarketDays(actor)));
    const ago = (days: number) => shanghaiDay(new Date(Date.now() - days * 86_400_000));
    const to = ago(0);
    results.push(
      await time("report: period of 30 days", () => getWishReport(actor, { kind: "period", from: ago(30), to })),
    );
    results.push(
      await time(
        "report: period of 365 days",
        () => getWishReport(actor, { kind: "period", from: ago(365), to }),
        "a third of all rows",
      ),
    );

    // Similar wishes on the wish page: a different wish each run, spread over the
    // three years, so no run reads what the one before left in the cache.
    const samples = await withClient(url, async (c) => {
      const r = await c.query<{ id: string }>(
        `SELECT id FROM "Wish" TABLESAMPLE SYSTEM (1) WHERE "communityId" = $1 LIMIT ${RUNS + 5}`,
        [actor.communityId],
      );
      return r.rows.map((row) => row.id);
    });
    let sample = 0;
    let found = 0;
    results.push(
      await time(
        "wish page: similar wishes",
        async () => {
          found += (await findSimilarWishes(actor, samples[sample++ % samples.length]!)).length;
        },
        "90 days around a random wish",
      ),
    );
    log(`similar wishes: ${(found / (RUNS + 5)).toFixed(1)} found per wish on average`);

    // CSV export: the route's generator and byte stream, drained like a client would.
    const limit = Math.min(CSV_ROWS, total);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 5);
    const started = performance.now();
    const reader = csvByteStream(wishCsvChunks(actor.communityId, parseExportFilter({}), false)).getReader();
    let bytes = 0;
    let lines = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      bytes += r.value.byteLength;
      const chunk = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
      if (lines - 1 >= limit) {
        await reader.cancel();
        break;
      }
    }
    const csvMs = performance.now() - started;
    clearInterval(sampler);
    // What stays after a full collection is what the export kept (a leak); the
    // peak also counts garbage the collector had not needed to reclaim yet.
    gc?.();
    const after = process.memoryUsage();

    // The subdistrict (issue 14 §4): the same million wishes over ten communities
    // of one subdistrict, with 50 receiving units. Measured last: the spread
    // changes what the one-community figures above were measured on.
    const spread = await withClient(url, (c) =>
      spreadAcrossSubdistrict(c, subdistrictAccount.subdistrictId!, admin.communityId, log),
    );
    const unitActor = (organizationId: string, communityId: string) => ({
      id: admin.id,
      role: "UNIT" as const,
      communityId,
      organizationId,
    });
    results.push(
      await time(
        "unit list: subdistrict-level unit",
        () => listUnitReferrals(unitActor(spread.busiestSubdistrictUnit, admin.communityId)),
        "its busiest: open and closed pages",
      ),
    );
    const localHome = await db.organization.findUniqueOrThrow({
      where: { id: spread.communityUnit },
      select: { communityId: true },
    });
    results.push(
      await time("unit list: a community's unit", () =>
        listUnitReferrals(unitActor(spread.communityUnit, localHome.communityId)),
      ),
    );
    const year = periodBounds(ago(365), to);
    results.push(
      await time(
        "unit figures: community, 365 days",
        () => queryUnitFigures({ communityId: admin.communityId, ...year }),
        "the report's unit table",
      ),
    );
    const subdistrictActor = {
      id: subdistrictAccount.id,
      role: subdistrictAccount.role,
      communityId: subdistrictAccount.communityId,
      subdistrictId: subdistrictAccount.subdistrictId,
    };
    results.push(
      await time(
        "subdistrict comparison: 30 days",
        () => compareCommunities(subdistrictActor, { from: ago(30), to }),
        `${BENCH_COMMUNITIES} communities`,
      ),
    );
    results.push(
      await time(
        "subdistrict comparison: 365 days",
        () => compareCommunities(subdistrictActor, { from: ago(365), to }),
        "the page's default period",
      ),
    );
    results.push(
      await time(
        "subdistrict comparison: 3 years",
        () => compareCommunities(subdistrictActor, { from: ago(1095), to }),
        "every wish: a chosen long period",
      ),
    );
    log(`${spread.referrals} referrals over 50 units in ${spread.communityIds.length} communities`);

    console.log(`\nbench:admin — ${total.toLocaleString("en")} wishes, ${RUNS} runs each, server time (ms)\n`);
    console.log(`${"query".padEnd(36)} ${"median".padStart(8)} ${"p95".padStart(8)}  note`);
    for (const r of results)
      console.log(
        `${r.label.padEnd(36)} ${r.median.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}  ${r.note ?? ""}`,
      );
    console.log(
      `\nCSV export: ${(lines - 1).toLocaleString("en")} rows, ${mb(bytes)} MB in ${(csvMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `  rss      before ${mb(before.rss)} MB, peak ${mb(peakRss)} MB, after ${mb(after.rss)} MB → growth ${mb(peakRss - before.rss)} MB`,
    );
    console.log(
      `  heapUsed before ${mb(before.heapUsed)} MB, peak ${mb(peakHeap)} MB, after ${mb(after.heapUsed)} MB → growth ${mb(peakHeap - before.heapUsed)} MB`,
    );
    if (!gc) console.log("  (run with --expose-gc, as npm run bench:admin does, for the after-collection figures)");
    console.log(
      "\nTargets: inbox p95 < 50 ms, report p95 < 200 ms, similar wishes p95 < 50 ms, unit list p95 < 50 ms,\n" +
        "subdistrict comparison p95 < 200 ms, CSV memory growth < 100 MB.",
    );
  } finally {
    await disconnectDb();
    if (created && process.env.BENCH_ADMIN_KEEP !== "1") {
      await withClient(SERVER, (c) => c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
