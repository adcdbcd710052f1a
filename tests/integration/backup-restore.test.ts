// Issue 15 part 8, the backup and restore drill: seed the demo data, back it up,
// wipe the database, restore, and find the seeded market day's figures again.
// It runs through the functions `npm run db:backup` and `npm run db:restore` call
// (scripts/backup/backup.ts), on the database of the suite's phase:
// - with DATABASE_URL (CI's PostgreSQL phase): pg_dump / pg_restore on a database
//   of this file's own, so the wipe touches no other test's data;
// - without it (the embedded phase): the PGlite data folder and its secrets file.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { seedDatabase } from "@/lib/seed/seed-database";
import { backupDatabase, restoreDatabase, RestoreNotConfirmed } from "../../scripts/backup/backup";
import { loadOrCreateLocalSecrets } from "../../scripts/secrets";
import { runScript } from "../helpers/run-script";
import { createTestDatabase, MIGRATIONS_DIR, type TestDatabase } from "../helpers/test-database";

// Seeding, dumping and loading a PGlite folder take tens of seconds on a busy machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const serverUrl = process.env.HUIYIN_TEST_ADMIN_URL || null;
const STAFF_PASSWORD = "backup-drill-password";

const work = await mkdtemp(path.join(tmpdir(), "huiyin-backup-"));
afterAll(() => rm(work, { recursive: true, force: true }));

/** The figures tests/integration/seed.test.ts asserts of the 2023 market day. */
const SEEDED_FIGURES = { wishes: 39, handledOnSite: 27, referred: 12, escalated: 3, stillReferred: 2, settled: 37 };

async function marketDayFigures(url: string): Promise<typeof SEEDED_FIGURES> {
  const prisma = createPrismaClient(url, 1);
  try {
    const { id: marketDayId } = await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } });
    const count = (where: object) => prisma.wish.count({ where: { marketDayId, ...where } });
    return {
      wishes: await count({}),
      handledOnSite: await count({ handledOnSiteAt: { not: null } }),
      referred: await count({ referredAt: { not: null } }),
      escalated: await count({ escalatedAt: { not: null } }),
      stillReferred: await count({ status: "REFERRED" }),
      settled: await count({ status: "SETTLED" }),
    };
  } finally {
    await prisma.$disconnect();
  }
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(serverUrl)("backup drill on PostgreSQL (DATABASE_URL phase): pg_dump, wipe, pg_restore", () => {
  let testDb: TestDatabase;
  // A password in the URL (trust authentication ignores it) shows that none is ever printed.
  const PASSWORD = "drill-secret-pw";
  let url: string;
  const logs: string[] = [];
  const location = () => ({ databaseUrl: url, dataDir: path.join(work, "unused"), log: (m: string) => logs.push(m) });
  const dump = path.join(work, "drill.dump");

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const withPassword = new URL(testDb.url);
    withPassword.password = PASSWORD;
    url = withPassword.toString();
    await seedDatabase(testDb.prisma, { staffPassword: STAFF_PASSWORD });
    await testDb.prisma.$disconnect();
  });
  afterAll(() => testDb?.drop());

  it("backs up, survives a wipe of every table, and restores the seeded figures", async () => {
    expect(await marketDayFigures(url)).toEqual(SEEDED_FIGURES);

    const backup = await backupDatabase(location(), dump);
    expect(backup).toMatchObject({ kind: "postgres", path: dump });
    expect((await stat(dump)).mode & 0o077).toBe(0);
    expect(logs.join("\n")).toMatch(/secrets are NOT in the dump/);

    await sql(url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS pgboss CASCADE");
    const [gone] = await sql<{ wish: string | null }>(url, `SELECT to_regclass('public."Wish"')::text AS wish`);
    expect(gone?.wish).toBeNull();

    await restoreDatabase(location(), dump, true);
    expect(await marketDayFigures(url)).toEqual(SEEDED_FIGURES);
    // The whole database came back, migrations table included: db:migrate has nothing to do.
    const [migrations] = await sql<{ n: number }>(url, `SELECT count(*)::int AS n FROM _prisma_migrations`);
    expect(migrations?.n).toBeGreaterThan(0);

    const printed = logs.join("\n");
    expect(printed).toContain("***@");
    expect(printed).not.toContain(PASSWORD);
  });

  it("replaces nothing without the confirmation, and says how to give it", async () => {
    await expect(restoreDatabase(location(), dump, false)).rejects.toBeInstanceOf(RestoreNotConfirmed);
    const cli = await runScript("scripts/db-restore.ts", [dump], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
    });
    expect(cli.status).toBe(2);
    expect(cli.out).toContain("--yes");
    expect(cli.out).not.toContain(PASSWORD);
    expect(await marketDayFigures(url)).toEqual(SEEDED_FIGURES);
  });

  it("leaves the database as it was when the archive breaks off mid-way", async () => {
    const whole = await readFile(dump);
    const broken = path.join(work, "broken.dump");
    await writeFile(broken, whole.subarray(0, Math.floor(whole.length * 0.9)));
    await expect(restoreDatabase(location(), broken, true)).rejects.toThrow(/rolled back/);
    expect(await marketDayFigures(url)).toEqual(SEEDED_FIGURES);
  });
});

describe.runIf(!serverUrl)("backup drill on the embedded database (no DATABASE_URL): data folder and secrets", () => {
  const dataDir = path.join(work, "data");
  const database = path.join(dataDir, "pglite");
  const logs: string[] = [];
  const location = () => ({ dataDir, log: (m: string) => logs.push(m) });
  const backupFolder = path.join(work, "embedded-backup");
  let secretsText: string;

  /** Runs `work` on the data folder's database, served as npm run dev serves it. */
  async function withServer<T>(work: (url: string) => Promise<T>): Promise<T> {
    const server = await startEmbeddedDatabase({ dataDir: database });
    try {
      return await work(server.url);
    } finally {
      await server.stop();
    }
  }

  beforeAll(async () => {
    await withServer(async (url) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await migrate(client, MIGRATIONS_DIR).finally(() => client.end());
      const prisma = createPrismaClient(url, 1);
      await seedDatabase(prisma, { staffPassword: STAFF_PASSWORD }).finally(() => prisma.$disconnect());
    });
    await loadOrCreateLocalSecrets(dataDir, { hasEncryptedData: () => Promise.resolve(false) });
    secretsText = await readFile(path.join(dataDir, "secrets.json"), "utf8");
  });

  it("refuses while a server holds the data folder", async () => {
    // What a running `npm run dev` leaves: its lock, naming a live process and its port.
    const lock = path.join(dataDir, "embedded.lock");
    await writeFile(lock, JSON.stringify({ pid: process.ppid, port: 1, role: "server" }));
    try {
      await expect(backupDatabase(location(), path.join(work, "refused"))).rejects.toThrow(/Stop it first/);
    } finally {
      await rm(lock, { force: true });
    }
  });

  it("backs up with the secrets, survives a wipe, and restores the seeded figures", async () => {
    expect(await withServer(marketDayFigures)).toEqual(SEEDED_FIGURES);

    const backup = await backupDatabase(location(), backupFolder);
    expect(backup.kind).toBe("embedded");
    expect(await readFile(path.join(backupFolder, "secrets.json"), "utf8")).toBe(secretsText);
    expect((await stat(backupFolder)).mode & 0o077).toBe(0);
    expect(logs.join("\n")).toMatch(/secrets\.json.*is in the backup/);

    // The wipe: every table dropped, and the secrets file gone.
    const wiped = await PGlite.create(database, { extensions: { pg_trgm } });
    await wiped.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await wiped.close();
    await rm(path.join(dataDir, "secrets.json"));

    await expect(restoreDatabase(location(), backupFolder, false)).rejects.toBeInstanceOf(RestoreNotConfirmed);
    await restoreDatabase(location(), backupFolder, true);
    expect(await withServer(marketDayFigures)).toEqual(SEEDED_FIGURES);
    expect(await readFile(path.join(dataDir, "secrets.json"), "utf8")).toBe(secretsText);
    // The wiped database was moved aside, not deleted.
    expect(logs.join("\n")).toMatch(/pglite\.pre-restore-\d{8}T\d{6}Z/);
  });
});
