// Issue 15 part 7, the optional read replica (DATABASE_REPLICA_URL, lib/db/replica.ts).
// The replica here is a copy of the seeded primary holding ONE wish more (on the
// 2023 market day), so every figure shows which database answered: the staff
// report, the printable summary, the subdistrict comparison and the CSV export
// read the replica; the public cached figures, a write and the reads that follow
// it read the primary.
// - With DATABASE_URL (CI's PostgreSQL phase): two databases on that server, the
//   replica made with CREATE DATABASE … TEMPLATE from the seeded primary.
// - Without (the embedded phase): two in-memory PGlite servers, the replica a
//   copy of the seeded primary (dumpDataDir, loadDataDir). A deployment on the embedded database has no
//   replica, but the routing under test is the same code on any PostgreSQL.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/lib/db/migrate";
import { disconnectDb } from "@/lib/db/client";
import { disconnectReplicaDb } from "@/lib/db/replica";
import { parseExportFilter } from "@/lib/reports/export-filter";
import { startWishExport } from "@/lib/reports/export-wishes";
import { getMarketDaySummary } from "@/lib/reports/market-day-summary";
import { getWishReport } from "@/lib/reports/wish-report";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { seedDatabase } from "@/lib/seed/seed-database";
import { compareCommunities } from "@/lib/subdistrict/compare-communities";
import { getMarketDayWishFigures } from "@/lib/wishes/public-figures";
import { submitWish } from "@/lib/wishes/submit-wish";
import { loadWishById } from "@/lib/wishes/track-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { seededActor } from "../helpers/seeded-actor";
import { createEmptyDatabase, MIGRATIONS_DIR } from "../helpers/test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

const serverUrl = process.env.HUIYIN_TEST_ADMIN_URL || null;
const REPLICA_ONLY_CODE = `REPL${randomBytes(4).toString("hex").toUpperCase()}`;
// 15:00 in Shenzhen on the 2023 market day.
const MARKET_DAY_AFTERNOON = new Date("2023-05-27T07:00:00Z");

interface Pair {
  primaryUrl: string;
  replicaUrl: string;
  poolSize: number;
  close(): Promise<void>;
}

async function migrateAndSeed(url: string, poolSize: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await migrate(client, MIGRATIONS_DIR).finally(() => client.end());
  const prisma = createPrismaClient(url, poolSize);
  await seedDatabase(prisma, { staffPassword: "replica-test-password" }).finally(() => prisma.$disconnect());
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** PostgreSQL: a seeded database and its copy, both dropped at the end. */
async function postgresPair(admin: string): Promise<Pair> {
  const primary = await createEmptyDatabase();
  await migrateAndSeed(primary.url, 2);
  const primaryName = new URL(primary.url).pathname.slice(1);
  const replicaName = `${primaryName}_replica`;
  // A template must have no other session: the seed's pool has just closed its connections.
  await adminQuery(admin, `CREATE DATABASE ${replicaName} TEMPLATE ${primaryName}`);
  const replicaUrl = new URL(primary.url);
  replicaUrl.pathname = `/${replicaName}`;
  return {
    primaryUrl: primary.url,
    replicaUrl: replicaUrl.toString(),
    poolSize: 4,
    async close() {
      await adminQuery(admin, `DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
      await primary.drop();
    },
  };
}

async function serve(db: PGlite): Promise<{ url: string; server: PGLiteSocketServer }> {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await server.start();
  const port = server.getServerConn().split(":").pop() ?? "";
  return { server, url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable` };
}

/** PGlite: a seeded in-memory database and a copy of it, each behind its own socket server. */
async function embeddedPair(): Promise<Pair> {
  const primaryDb = await PGlite.create("memory://", { extensions: { pg_trgm } });
  const primary = await serve(primaryDb);
  await migrateAndSeed(primary.url, 1);
  const replicaDb = await PGlite.create("memory://", {
    extensions: { pg_trgm },
    loadDataDir: await primaryDb.dumpDataDir("none"),
  });
  const replica = await serve(replicaDb);
  return {
    primaryUrl: primary.url,
    replicaUrl: replica.url,
    // One connection each: the socket server cannot keep concurrent ones apart (lib/env.ts).
    poolSize: 1,
    async close() {
      await replica.server.stop();
      await primary.server.stop();
      await replicaDb.close();
      await primaryDb.close();
    },
  };
}

const mode = serverUrl ? "PostgreSQL: two databases" : "embedded: two PGlite servers";

describe(`reads with DATABASE_REPLICA_URL set (${mode})`, () => {
  let pair: Pair;
  let primary: PrismaClient;
  let replica: PrismaClient;
  let admin: Actor;
  let marketDayId: string;

  beforeAll(async () => {
    pair = serverUrl ? await postgresPair(serverUrl) : await embeddedPair();
    primary = createPrismaClient(pair.primaryUrl, 1);
    replica = createPrismaClient(pair.replicaUrl, 1);
    // The difference: one wish the primary does not have.
    const marketDay = await replica.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } });
    marketDayId = marketDay.id;
    await replica.wish.create({
      data: {
        communityId: marketDay.communityId,
        marketDayId,
        trackingCode: REPLICA_ONLY_CODE,
        idempotencyKey: randomUUID(),
        kind: "WISH",
        content: "只在副本里的心愿",
        createdAt: MARKET_DAY_AFTERNOON,
        replyDueAt: new Date(MARKET_DAY_AFTERNOON.getTime() + 48 * 3_600_000),
      },
    });
    // lib/db/client.ts and lib/db/replica.ts read these on first use, which comes later.
    process.env.DATABASE_URL = pair.primaryUrl;
    process.env.DATABASE_REPLICA_URL = pair.replicaUrl;
    process.env.HUIYIN_DB_POOL_SIZE = String(pair.poolSize);
    admin = await seededActor(primary, "admin");
  });

  afterAll(async () => {
    await primary?.$disconnect();
    await replica?.$disconnect();
    await disconnectReplicaDb();
    await disconnectDb();
    await pair?.close();
  });

  it("starts from a replica one wish ahead of the primary", async () => {
    expect(await primary.wish.count({ where: { marketDayId } })).toBe(39);
    expect(await replica.wish.count({ where: { marketDayId } })).toBe(40);
  });

  it("answers the report, the printable summary and the subdistrict's comparison from the replica", async () => {
    const scoped = await getWishReport(admin, { kind: "marketDay", slug: MARKET_DAY_2023_SLUG });
    expect(scoped?.report.collected).toBe(40);
    const summary = await getMarketDaySummary(admin, MARKET_DAY_2023_SLUG);
    expect(summary?.report.collected).toBe(40);
    const collectedByStall = (summary?.stalls ?? []).reduce((sum, s) => sum + s.collected, 0);
    expect(collectedByStall + (summary?.noStall.collected ?? 0)).toBe(40);

    const yuanling = await seededActor(primary, "yuanling");
    const day = { from: "2023-05-27", to: "2023-05-27" };
    const comparison = await compareCommunities(yuanling, day, new Date("2023-06-01T00:00:00Z"));
    const yuandong = comparison?.rows.find((row) => row.community.id === admin.communityId);
    const thatDay = {
      communityId: admin.communityId,
      createdAt: { gte: new Date("2023-05-26T16:00:00Z"), lt: new Date("2023-05-27T16:00:00Z") },
    };
    const onReplica = await replica.wish.count({ where: thatDay });
    expect(onReplica).toBe((await primary.wish.count({ where: thatDay })) + 1);
    expect(yuandong?.report.collected).toBe(onReplica);
  });

  it("exports the CSV from the replica, and logs the export on the primary", async () => {
    const { chunks } = await startWishExport(admin, {
      filter: parseExportFilter(new URLSearchParams({ marketDay: MARKET_DAY_2023_SLUG })),
      language: "codes",
      wantsPersonal: false,
    });
    let csv = "";
    for await (const chunk of chunks) csv += chunk;
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 40);
    expect(csv).toContain(REPLICA_ONLY_CODE);
    // The audit row is a write: the primary has it, the replica never saw it.
    expect(await primary.auditLog.count({ where: { action: "report.export" } })).toBe(1);
    expect(await replica.auditLog.count({ where: { action: "report.export" } })).toBe(0);
  });

  it("keeps the public cached figures on the primary", async () => {
    const figures = await getMarketDayWishFigures(marketDayId);
    expect(figures.collected).toBe(39);
  });

  it("writes to the primary and reads a new wish back from there", async () => {
    const values = wishFormSchema.parse({
      kind: "wish",
      category: "other",
      content: "写入后立刻读取",
      consent: "on",
      idempotencyKey: randomUUID(),
    });
    const submitted = await submitWish(values, { channel: "WEB" });
    expect((await loadWishById(submitted.id))?.view.trackingCode).toBe(submitted.trackingCode);
    expect(await replica.wish.count({ where: { id: submitted.id } })).toBe(0);
    // And a resident's lookup never finds what only the replica holds.
    const replicaOnly = await replica.wish.findUniqueOrThrow({ where: { trackingCode: REPLICA_ONLY_CODE } });
    expect(await loadWishById(replicaOnly.id)).toBeNull();
  });
});
