// The embedded PostgreSQL (PGlite, compiled to WebAssembly) that runs when no
// DATABASE_URL is set. It is served over the PostgreSQL wire protocol on a local
// port, so the app, the migration runner and the seed reach it through the same
// `pg` driver and Prisma adapter as an external server: one code path for both.
//
// Node-only (used by scripts/ and the test setup), never bundled into the app.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the data files; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 lets the OS pick a free port. */
  port?: number;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir ?? "memory://", {
    extensions: { pg_trgm },
  });
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // PGlite has a single backend; the server multiplexes client connections onto it
    // (one per app instance, plus scripts and tests run beside it).
    maxConnections: 64,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    port,
    url: embeddedUrl(port),
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}

// ── One process per data folder. PGlite must never open a folder twice, so the
// first process to start takes a lock file and announces its port; another
// command (`npm run db:seed` in a second terminal, or a second `db:migrate`
// started at the same moment) connects to that server instead.

interface Announcement {
  pid: number;
  port?: number;
  /** "server": a long-running `npm run dev`/`start` others may connect to; "cli": wait for it. */
  role?: "server" | "cli";
}

const lockFile = (dataDir: string) => path.join(dataDir, "embedded.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readLock(dataDir: string): Promise<Announcement | null> {
  try {
    return JSON.parse(await readFile(lockFile(dataDir), "utf8")) as Announcement;
  } catch {
    return null;
  }
}

export type DataDirClaim = { owner: true } | { owner: false; url: string };

/**
 * Takes the data folder for this process, or returns the URL of the live process
 * that holds it. A lock left by a dead process is taken over.
 */
export async function claimDataDir(dataDir: string, role: "server" | "cli", timeoutMs = 60_000): Promise<DataDirClaim> {
  await mkdir(dataDir, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await writeFile(lockFile(dataDir), JSON.stringify({ pid: process.pid, role } satisfies Announcement), {
        flag: "wx",
      });
      return { owner: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const lock = await readLock(dataDir);
    if (lock && lock.pid !== process.pid && isAlive(lock.pid)) {
      // A running dev/start server is shared. Another short CLI command (a second
      // `db:migrate` started at the same moment) would close its server under us,
      // so wait for it to finish and take the folder after it.
      if (lock.port && lock.role === "server") return { owner: false, url: embeddedUrl(lock.port) };
    } else {
      await rm(lockFile(dataDir), { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`The embedded database in ${dataDir} is busy: process ${lock.pid} holds it.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function announcePort(dataDir: string, port: number, role: "server" | "cli"): Promise<void> {
  await writeFile(lockFile(dataDir), JSON.stringify({ pid: process.pid, port, role } satisfies Announcement));
}

export async function releaseDataDir(dataDir: string): Promise<void> {
  const lock = await readLock(dataDir);
  if (lock?.pid === process.pid) await rm(lockFile(dataDir), { force: true });
}

function embeddedUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}
