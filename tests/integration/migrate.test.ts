// The offline migration runner: same bookkeeping as `prisma migrate deploy`,
// safe under concurrency, and strict about edited migrations.
import { cp, mkdtemp, readdir, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { checksumOf, MigrationError } from "@/lib/db/migration-support";
import { createEmptyDatabase, MIGRATIONS_DIR } from "../helpers/test-database";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

async function emptyDatabase(): Promise<string> {
  const db = await createEmptyDatabase();
  cleanups.push(() => db.drop());
  return db.url;
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
}

describe("migrate", () => {
  it("applies every migration once and records it like prisma migrate deploy", async () => {
    const url = await emptyDatabase();
    const client = await connect(url);
    const files = await readMigrations(MIGRATIONS_DIR);
    expect(files.length).toBeGreaterThan(0);

    const first = await migrate(client, MIGRATIONS_DIR);
    expect(first.applied).toEqual(files.map((f) => f.name));

    const { rows } = await client.query<Row>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    // The schema is really there.
    const tables = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('Wish', 'WishEvent', 'StaffUser')",
    );
    expect(tables.rows[0]?.n).toBe(3);

    const second = await migrate(client, MIGRATIONS_DIR);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files.map((f) => f.name));
  });

  it("runs the routines after the migrations, and again only when their text changes", async () => {
    const url = await emptyDatabase();
    const client = await connect(url);
    // A copy of prisma/, so that a routine can be edited.
    const root = await mkdtemp(path.join(tmpdir(), "huiyin-routines-"));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const prismaDir = path.dirname(MIGRATIONS_DIR);
    await cp(MIGRATIONS_DIR, path.join(root, "migrations"), { recursive: true });
    await cp(path.join(prismaDir, "routines"), path.join(root, "routines"), { recursive: true });
    const routines = (await readdir(path.join(root, "routines"))).filter((f) => f.endsWith(".sql")).sort();
    expect(routines).toContain("wish-daily-stat.sql");

    const first = await migrate(client, path.join(root, "migrations"));
    expect(first.routines).toEqual(routines);
    const triggers = await client.query<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = '"Wish"'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.rows.map((r) => r.tgname)).toEqual([
      "wish_daily_stat_sync",
      "wish_daily_stat_sync_update",
      "wish_daily_stat_truncate",
    ]);

    expect((await migrate(client, path.join(root, "migrations"))).routines).toEqual([]);
    await appendFile(path.join(root, "routines", "wish-daily-stat.sql"), "\n-- changed\n");
    expect((await migrate(client, path.join(root, "migrations"))).routines).toEqual(["wish-daily-stat.sql"]);
  });

  it("lets two runners start at the same moment: both succeed, each migration applied once", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([connect(url), connect(url)]);
    const results = await Promise.all([migrate(a, MIGRATIONS_DIR), migrate(b, MIGRATIONS_DIR)]);
    const files = await readMigrations(MIGRATIONS_DIR);
    const appliedTotal = results.flatMap((r) => r.applied).sort();
    expect(appliedTotal).toEqual(files.map((f) => f.name).sort());
    const { rows } = await a.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(rows[0]?.n).toBe(files.length);
  });

  it("refuses, naming the file, when an applied migration was edited", async () => {
    const url = await emptyDatabase();
    const client = await connect(url);
    const dir = await mkdtemp(path.join(tmpdir(), "huiyin-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(client, dir);

    const [first] = (await readdir(dir)).sort();
    await appendFile(path.join(dir, first!, "migration.sql"), "\n-- edited afterwards\n");
    const attempt = migrate(client, dir);
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(client, dir)).rejects.toThrow(`${first}/migration.sql was modified after it was applied`);
  });

  it("accepts the same file with CRLF line endings, as Prisma does", async () => {
    const url = await emptyDatabase();
    const client = await connect(url);
    const dir = await mkdtemp(path.join(tmpdir(), "huiyin-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(client, dir);
    const files = await readMigrations(dir);
    const file = files[0]!;
    await writeFile(file.file, file.sql.replace(/\n/g, "\r\n"));
    const result = await migrate(client, dir);
    expect(result.applied).toEqual([]);
    expect(checksumOf(file.sql.replace(/\n/g, "\r\n"))).not.toBe(file.checksum);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const url = await emptyDatabase();
    const client = await connect(url);
    const dir = await mkdtemp(path.join(tmpdir(), "huiyin-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99999999999999_broken");
    await cp(path.join(dir, (await readdir(dir)).sort()[0]!), broken, { recursive: true });
    await writeFile(path.join(broken, "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');

    await expect(migrate(client, dir)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
    const half = await client.query("SELECT to_regclass('\"Half\"') AS t");
    expect(half.rows[0]).toEqual({ t: null });
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM \"_prisma_migrations\" WHERE migration_name = '99999999999999_broken'",
    );
    expect(rows[0]?.n).toBe(0);
  });
});
