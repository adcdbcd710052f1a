// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does,
// without Prisma's native schema engine (which must be downloaded, and cannot be
// on an air-gapped intranet). It writes the same `_prisma_migrations` table with
// the same checksums, so either tool can take over from the other.
//
// Safety:
// - a session advisory lock (Prisma's own key) serialises concurrent runners, and
//   also excludes a concurrent `prisma migrate deploy`;
// - each migration runs in its own transaction together with its bookkeeping row;
// - an applied migration whose file has changed since stops the run, naming the file.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checksumOf, MigrationError, type SqlClient } from "./migration-support";
import { applyRoutines } from "./routines";

export interface MigrationFile {
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
  /** Routines (prisma/routines, lib/db/routines.ts) run because their text changed. */
  routines: string[];
}

/** The advisory-lock key Prisma's schema engine uses for `migrate deploy`. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/**
 * Prisma accepts a script whose line endings differ from those it was applied with
 * (git may convert them), so we do too.
 */
function checksumMatches(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  const crlf = lf.replace(/\n/g, "\r\n");
  return [sql, lf, crlf].some((variant) => checksumOf(variant) === checksum);
}

export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    const sql = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (sql === null) continue;
    migrations.push({ name, file, sql, checksum: checksumOf(sql) });
  }
  return migrations;
}

// Identical to the table Prisma's schema engine creates.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(
  client: SqlClient,
  migrationsDir: string,
  log: (message: string) => void = () => undefined,
): Promise<MigrateResult> {
  const migrations = await readMigrations(migrationsDir);
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  try {
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const applied = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} started but did not finish. Inspect the database, fix it, then mark it with \`prisma migrate resolve\` or delete its row in _prisma_migrations.`,
        );
      }
      applied.set(row.migration_name, row);
    }

    const known = new Set(migrations.map((m) => m.name));
    for (const name of applied.keys()) {
      if (!known.has(name)) {
        log(`warning: migration ${name} is applied in the database but has no folder here`);
      }
    }

    const result: MigrateResult = { applied: [], alreadyApplied: [], routines: [] };
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (!checksumMatches(migration.sql, row.checksum)) {
          throw new MigrationError(
            `${path.relative(process.cwd(), migration.file)} was modified after it was applied (checksum ${migration.checksum} ≠ ${row.checksum}). Restore the file; put the change in a new migration instead.`,
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      log(`applying ${migration.name}`);
      if (await applyOne(client, migration)) result.applied.push(migration.name);
      else result.alreadyApplied.push(migration.name);
    }
    // prisma/routines sits next to prisma/migrations.
    result.routines = await applyRoutines(client, path.join(migrationsDir, "..", "routines"), log);
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  }
}

/** Returns false when another runner applied it first. */
async function applyOne(client: SqlClient, migration: MigrationFile): Promise<boolean> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    // Belt and braces: the embedded server multiplexes every client onto one
    // PostgreSQL session, where a session advisory lock is re-entrant and so
    // excludes nobody. It does run transactions one at a time, so re-checking
    // inside the transaction (under a transaction lock on a real server) is
    // what keeps two runners from applying the same migration.
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_MIGRATE_LOCK_KEY + 1]);
    const { rows } = await client.query(
      `SELECT 1 FROM "_prisma_migrations"
        WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [migration.name],
    );
    if (rows.length > 0) {
      await client.query("COMMIT");
      return false;
    }
    // Multi-statement text goes over the simple query protocol (no parameters).
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
