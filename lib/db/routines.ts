// Database routines: functions and triggers that prisma/schema.prisma cannot
// describe (prisma/routines/*.sql). Kept out of prisma/migrations, where they
// would be schema drift; applied by migrate() after the migrations, under its
// lock, so every path that migrates (npm run db:migrate, next start through
// scripts/run-with-db.ts, the tests, the benchmarks) installs them.
//
// Like a repeatable migration: a file runs again, in one transaction, whenever
// its text changes, so each file must be idempotent (CREATE OR REPLACE, DROP …
// IF EXISTS). Its last checksum is kept in "_huiyin_routines".
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checksumOf, MigrationError, type SqlClient } from "./migration-support";

// Next to migrate()'s keys (PRISMA_MIGRATE_LOCK_KEY and +1), distinct from both.
const ROUTINES_LOCK_KEY = 72707371;

const CREATE_ROUTINES_TABLE = `
CREATE TABLE IF NOT EXISTS "_huiyin_routines" (
    "name"       VARCHAR(255) PRIMARY KEY NOT NULL,
    "checksum"   VARCHAR(64) NOT NULL,
    "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

async function readRoutines(routinesDir: string): Promise<{ name: string; sql: string }[]> {
  const names = await readdir(routinesDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const files = names.filter((name) => name.endsWith(".sql")).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(path.join(routinesDir, name), "utf8") })));
}

/** Applies the routines whose text changed since they last ran; returns their names. */
export async function applyRoutines(
  client: SqlClient,
  routinesDir: string,
  log: (message: string) => void = () => undefined,
): Promise<string[]> {
  const routines = await readRoutines(routinesDir);
  if (routines.length === 0) return [];
  await client.query(CREATE_ROUTINES_TABLE);
  const applied: string[] = [];
  for (const routine of routines) {
    const checksum = checksumOf(routine.sql.replace(/\r\n/g, "\n"));
    await client.query("BEGIN");
    try {
      // As in applyOne(): the embedded server shares one session between clients,
      // so the transaction lock is what keeps two runners apart there.
      await client.query("SELECT pg_advisory_xact_lock($1)", [ROUTINES_LOCK_KEY]);
      const { rows } = await client.query<{ checksum: string }>(
        `SELECT checksum FROM "_huiyin_routines" WHERE name = $1`,
        [routine.name],
      );
      if (rows[0]?.checksum === checksum) {
        await client.query("COMMIT");
        continue;
      }
      log(`applying routine ${routine.name}`);
      await client.query(routine.sql);
      await client.query(
        `INSERT INTO "_huiyin_routines" (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [routine.name, checksum],
      );
      await client.query("COMMIT");
      applied.push(routine.name);
    } catch (error) {
      await client.query("ROLLBACK");
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`Routine ${routine.name} failed and was rolled back: ${reason}`);
    }
  }
  return applied;
}
