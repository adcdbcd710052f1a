// PostgreSQL's own client programs (pg_dump, pg_restore, psql), found on this
// machine and checked against the server, and the connection handed to them.
//
// - A dump made by a pg_dump older than the server is refused by the server or
//   misses what the older program cannot read; so each program must be at least
//   the server's major version. Debian installs each version under
//   /usr/lib/postgresql/<major>/bin, and /usr/bin holds a wrapper: both are tried.
// - The password never goes on a command line, where `ps` shows it to every user
//   of the machine: the programs get the URL without it, and PGPASSWORD.
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type PgProgram = "pg_dump" | "pg_restore" | "psql";

/** The URL as it may be logged: any password replaced by "***". */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    // Not a URL we can parse: print nothing of it rather than risk the password.
    return "(unparseable database URL)";
  }
}

// Query parameters libpq understands. node-pg and Prisma accept others
// (connection_limit, schema, sslmode=no-verify…) that would make libpq refuse the URL.
const LIBPQ_PARAMETERS = new Set([
  "host",
  "hostaddr",
  "port",
  "application_name",
  "connect_timeout",
  "options",
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslcrl",
  "sslpassword",
  "target_session_attrs",
  "gssencmode",
  "channel_binding",
  "keepalives",
]);

export interface PgConnection {
  /** The URL for --dbname: no password, only libpq's parameters. */
  dbname: string;
  /** Environment for the child: the password, when there is one. */
  env: NodeJS.ProcessEnv;
  /** Parameters left out because libpq would refuse them (names only). */
  dropped: string[];
}

export function pgConnection(url: string): PgConnection {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const dropped: string[] = [];
  for (const name of [...parsed.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(name)) {
      dropped.push(name);
      parsed.searchParams.delete(name);
    }
  }
  // node-pg's "no-verify" is "encrypt, do not check the certificate": libpq's "require".
  if (new URL(url).searchParams.get("sslmode") === "no-verify") parsed.searchParams.set("sslmode", "require");
  // Without a password in the URL, a PGPASSWORD of the environment (or ~/.pgpass)
  // applies, as it does for node-pg and so for the app.
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env, dropped };
}

/** The major version in `pg_dump --version`'s answer ("pg_dump (PostgreSQL) 15.20 (Debian …)"). */
export function parseProgramMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** Folders to look in, newest version first; "" is the PATH. */
async function candidateDirs(): Promise<string[]> {
  const root = "/usr/lib/postgresql";
  const versions = await readdir(root).catch(() => [] as string[]);
  const numbered = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return [...numbered.map((v) => path.join(root, v, "bin")), ""];
}

async function programVersion(file: string): Promise<number | null> {
  try {
    const { stdout } = await run(file, ["--version"], { timeout: 10_000 });
    return parseProgramMajor(stdout);
  } catch {
    return null;
  }
}

class PgToolsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PgToolsError";
  }
}

/**
 * Paths of the programs, all from one installation whose major version is at
 * least the server's. Fails naming what was found and how to install the rest.
 */
export async function findPgPrograms<P extends PgProgram>(
  programs: readonly P[],
  serverMajor: number,
): Promise<Record<P, string>> {
  const seen: string[] = [];
  for (const dir of await candidateDirs()) {
    const found = {} as Record<P, string>;
    let usable = true;
    for (const program of programs) {
      const file = dir ? path.join(dir, program) : program;
      const major = await programVersion(file);
      if (major === null) {
        usable = false;
        break;
      }
      seen.push(`${file} ${major}`);
      if (major < serverMajor) {
        usable = false;
        break;
      }
      found[program] = file;
    }
    if (usable) return found;
  }
  throw new PgToolsError(
    `${programs.join(", ")} of PostgreSQL ${serverMajor} or later are needed (the server is ${serverMajor}); ` +
      (seen.length > 0 ? `found only: ${[...new Set(seen)].join("; ")}. ` : "none was found. ") +
      `Install the client tools, e.g. on Debian or Ubuntu \`apt-get install postgresql-client-${serverMajor}\` ` +
      "(PostgreSQL's apt repository has every version).",
  );
}
