// Backup and restore of an external PostgreSQL database with PostgreSQL's own tools.
//
// Backup: `pg_dump --format=custom`, compressed, restorable table by table, and
// readable by any later pg_restore. Written under a temporary name first, so a
// failed dump never leaves a truncated file under the name of a backup.
//
// Restore: the archive is checked first (`pg_restore --list`: readable, made by
// a version this pg_restore knows, and a Huiyin database). Then, in ONE
// transaction run by psql: every schema of the database is dropped (public,
// pg-boss's…) and the dump is loaded (`pg_restore --no-owner --no-privileges`
// as SQL). Why not `pg_restore --clean` on the live database: it drops only the
// objects the dump has, so a table added by a later migration would stay beside
// the restored ones; and why one transaction: when anything fails (a permission,
// a full disk) PostgreSQL rolls it all back and the database is left as it was,
// never half empty. Ownership and grants are left out so a dump can be restored
// by another role or on another server; the restoring role owns everything.
import { spawn } from "node:child_process";
import { chmod, mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { findPgPrograms, maskUrl, pgConnection, serverMajorVersion, type PgConnection } from "./pg-tools";

/** First bytes of a custom-format archive. */
const ARCHIVE_MAGIC = "PGDMP";

/** What every Huiyin database has: the migration table. */
const HUIYIN_MARKER = "TABLE public _prisma_migrations ";

class PostgresBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PostgresBackupError";
  }
}

interface Running {
  exit: Promise<number>;
  stderr: Promise<string>;
  stdout: Promise<string>;
}

/**
 * Starts a program. Its output is collected (capped: only messages are wanted),
 * except a stdout the caller streams elsewhere (`streamOutput`).
 */
function start(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { input?: boolean; streamOutput?: boolean } = {},
): Running & { child: ReturnType<typeof spawn> } {
  const child = spawn(file, args, { env, stdio: [options.input ? "pipe" : "ignore", "pipe", "pipe"] });
  const collect = (stream: NodeJS.ReadableStream | null) =>
    new Promise<string>((resolve) => {
      let text = "";
      stream?.on("data", (chunk: Buffer) => {
        if (text.length < 1_000_000) text += chunk.toString("utf8");
      });
      stream?.on("end", () => resolve(text));
      stream?.on("error", () => resolve(text));
    });
  const exit = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const stdout = options.streamOutput ? Promise.resolve("") : collect(child.stdout);
  return { child, exit, stdout, stderr: collect(child.stderr) };
}

function failure(program: string, code: number, stderr: string): PostgresBackupError {
  return new PostgresBackupError(`${program} failed (exit ${code}): ${stderr.trim() || "no message"}`);
}

function noteDropped(connection: PgConnection, log: (m: string) => void): void {
  if (connection.dropped.length > 0) {
    log(`left out of the connection for PostgreSQL's tools (not libpq settings): ${connection.dropped.join(", ")}`);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function backupPostgres(
  url: string,
  file: string,
  log: (m: string) => void,
): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(file);
  if (await exists(target)) throw new PostgresBackupError(`${target} exists already; a backup never overwrites one.`);
  const { pg_dump } = await findPgPrograms(["pg_dump"], await serverMajorVersion(url));
  const connection = pgConnection(url);
  noteDropped(connection, log);
  log(`dumping ${maskUrl(url)} with ${pg_dump}`);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const dump = start(
    pg_dump,
    ["--format=custom", `--file=${partial}`, `--dbname=${connection.dbname}`],
    connection.env,
  );
  const [code, stderr] = await Promise.all([dump.exit, dump.stderr]);
  if (code !== 0) {
    await rm(partial, { force: true });
    throw failure("pg_dump", code, stderr);
  }
  // Owner only: the dump holds the residents' wishes (their contact details sealed).
  await chmod(partial, 0o600);
  await rename(partial, target);
  return { file: target, bytes: (await stat(target)).size };
}

async function assertArchive(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new PostgresBackupError(`${file} does not exist.`);
  if (info.isDirectory()) {
    throw new PostgresBackupError(
      `${file} is a folder: an embedded database's backup. Restore it with DATABASE_URL unset, into the embedded database.`,
    );
  }
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(ARCHIVE_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    if (head.toString("latin1") !== ARCHIVE_MAGIC) {
      throw new PostgresBackupError(
        `${file} is not a pg_dump archive in the custom format (made by npm run db:backup).`,
      );
    }
  } finally {
    await handle.close();
  }
}

// Drops every schema but PostgreSQL's own, then gives back an empty "public",
// which pg_dump assumes exists and never creates.
const WIPE_SQL = `
SET client_min_messages = warning;
DO $wipe$
DECLARE s name;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
            WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END
$wipe$;
CREATE SCHEMA public;
`;

export async function restorePostgres(url: string, file: string, log: (m: string) => void): Promise<void> {
  const source = path.resolve(file);
  await assertArchive(source);
  const { pg_restore, psql } = await findPgPrograms(["pg_restore", "psql"], await serverMajorVersion(url));
  const connection = pgConnection(url);
  noteDropped(connection, log);

  // Before anything is touched: the archive must be readable, and Huiyin's.
  const list = start(pg_restore, ["--list", source], connection.env);
  const [listCode, listing, listErrors] = await Promise.all([list.exit, list.stdout, list.stderr]);
  if (listCode !== 0) throw failure("pg_restore --list", listCode, listErrors);
  if (!listing.includes(HUIYIN_MARKER)) {
    throw new PostgresBackupError(
      `${source} holds no _prisma_migrations table: it is not a dump of a Huiyin database.`,
    );
  }

  log(`restoring ${source} into ${maskUrl(url)} (one transaction: all of it or nothing)`);
  const restore = start(pg_restore, ["--no-owner", "--no-privileges", "--file=-", source], connection.env, {
    streamOutput: true,
  });
  const loader = start(
    psql,
    [
      "--no-psqlrc",
      "--quiet",
      "--set=ON_ERROR_STOP=1",
      "--single-transaction",
      `--dbname=${connection.dbname}`,
      "--file=-",
    ],
    connection.env,
    { input: true },
  );
  const input = loader.child.stdin;
  if (!input || !restore.child.stdout) throw new PostgresBackupError("could not connect pg_restore to psql");
  input.on("error", () => undefined); // psql stopping early is reported by its exit code
  input.write(WIPE_SQL);
  // psql commits when its input ends, so the input ends only after pg_restore
  // succeeded. If pg_restore fails, psql is killed before it can commit and the
  // server rolls the transaction back. If psql stops first (an error in the SQL),
  // pg_restore is stopped too instead of blocking on a pipe nobody reads.
  restore.child.stdout.pipe(input, { end: false });
  void loader.exit.then(
    () => restore.child.kill(),
    () => restore.child.kill(),
  );
  const [restoreCode, restoreErrors] = await Promise.all([restore.exit, restore.stderr]);
  if (restoreCode === 0) input.end();
  else loader.child.kill("SIGKILL");
  const [loadCode, loadErrors] = await Promise.all([loader.exit, loader.stderr]);
  // psql's own message first: when it stopped, pg_restore was only stopped after it.
  if (loadCode !== 0 && loadErrors.trim()) throw failure(`psql ${ROLLED_BACK}`, loadCode, loadErrors);
  if (restoreCode !== 0) throw failure(`pg_restore ${ROLLED_BACK}`, restoreCode, restoreErrors);
  if (loadCode !== 0) throw failure(`psql ${ROLLED_BACK}`, loadCode, loadErrors);
}

const ROLLED_BACK = "(the transaction was rolled back: the database is as it was)";
