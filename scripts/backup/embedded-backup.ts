// Backup and restore of the embedded database (PGlite in HUIYIN_DATA_DIR/pglite).
//
// A backup is a folder, not one file, so that it needs no archive format of
// our own and every part can be checked by hand:
//   pglite.tar.gz   PGlite's own copy of its data folder (dumpDataDir), which
//                   PGlite loads back with its `loadDataDir` option;
//   secrets.json    the data folder's generated secrets (scripts/secrets.ts),
//                   when there is one: without its encryption key the restored
//                   residents' names and phones cannot be read;
//   manifest.json   what it is, when it was made, the last migration in it.
// The folder is readable by its owner only, because of the secrets.
//
// PGlite must never open a folder another process has open, and a copy taken
// under a running server could be torn. So both commands take the data folder's
// lock (lib/db/embedded.ts) and refuse while `npm run dev` or `npm start` holds it.
import { copyFile, chmod, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { claimDataDir, releaseDataDir } from "../../lib/db/embedded";
import { utcStamp } from "./stamp";

const EMBEDDED_MANIFEST = "manifest.json";
const DATABASE_FILE = "pglite.tar.gz";
// The name scripts/secrets.ts reads and writes in the data folder.
const SECRETS_FILE = "secrets.json";

interface Manifest {
  format: "huiyin-embedded-backup";
  version: 1;
  createdAt: string;
  postgres: string;
  latestMigration: string | null;
  secrets: boolean;
}

class EmbeddedBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedBackupError";
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function withDataDir<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const claim = await claimDataDir(dataDir, "cli", 10_000);
  if (!claim.owner) {
    throw new EmbeddedBackupError(
      `a server (npm run dev or npm start) has the embedded database in ${dataDir} open. Stop it first: ` +
        "PGlite cannot share its folder, and a copy taken while it writes could be torn.",
    );
  }
  try {
    return await work();
  } finally {
    await releaseDataDir(dataDir);
  }
}

const openPglite = (folder: string, loadDataDir?: Blob) =>
  PGlite.create(folder, { extensions: { pg_trgm }, loadDataDir });

async function describe(db: PGlite): Promise<{ postgres: string; latestMigration: string | null }> {
  const version = await db.query<{ server_version: string }>("SHOW server_version");
  const migrations = await db.query<{ name: string | null }>(
    "SELECT max(migration_name) AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
  );
  return { postgres: version.rows[0]?.server_version ?? "", latestMigration: migrations.rows[0]?.name ?? null };
}

export async function backupEmbedded(
  dataDir: string,
  target: string,
  log: (m: string) => void,
): Promise<{ folder: string; bytes: number; secrets: boolean }> {
  const database = path.join(dataDir, "pglite");
  if (!(await exists(path.join(database, "PG_VERSION")))) {
    throw new EmbeddedBackupError(`there is no embedded database in ${database}.`);
  }
  const folder = path.resolve(target);
  if (await exists(folder)) throw new EmbeddedBackupError(`${folder} exists already; a backup never overwrites one.`);
  return withDataDir(dataDir, async () => {
    log(`copying the embedded database in ${database}`);
    const db = await openPglite(database);
    let tarball: Blob;
    let facts: Awaited<ReturnType<typeof describe>>;
    try {
      facts = await describe(db);
      // Everything written so far into the data files, so the copy needs no WAL replay.
      await db.exec("CHECKPOINT");
      tarball = await db.dumpDataDir("gzip");
    } finally {
      await db.close();
    }
    // Built under a temporary name: a failure never leaves half a backup under the real one.
    const partial = `${folder}.partial`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true, mode: 0o700 });
    await writeFile(path.join(partial, DATABASE_FILE), Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    const secrets = await exists(path.join(dataDir, SECRETS_FILE));
    if (secrets) {
      await copyFile(path.join(dataDir, SECRETS_FILE), path.join(partial, SECRETS_FILE));
      await chmod(path.join(partial, SECRETS_FILE), 0o600);
    }
    const manifest: Manifest = {
      format: "huiyin-embedded-backup",
      version: 1,
      createdAt: new Date().toISOString(),
      ...facts,
      secrets,
    };
    await writeFile(path.join(partial, EMBEDDED_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await rename(partial, folder);
    return { folder, bytes: tarball.size, secrets };
  });
}

async function readManifest(folder: string): Promise<Manifest> {
  if ((await stat(folder)).isFile()) {
    throw new EmbeddedBackupError(
      `${folder} is a file (a PostgreSQL dump?). An embedded backup is a folder; a dump is restored with DATABASE_URL set.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path.join(folder, EMBEDDED_MANIFEST), "utf8"));
  } catch {
    throw new EmbeddedBackupError(`${folder} is not an embedded backup: it has no readable ${EMBEDDED_MANIFEST}.`);
  }
  const manifest = parsed as Partial<Manifest> | null;
  if (manifest?.format !== "huiyin-embedded-backup" || manifest.version !== 1) {
    throw new EmbeddedBackupError(`${folder}/${EMBEDDED_MANIFEST} is not the manifest of an embedded backup.`);
  }
  return manifest as Manifest;
}

/**
 * Replaces the data folder's database (and secrets, when the backup has them).
 * The database is loaded and checked in a new folder first; only then is the old
 * one moved aside, as pglite.pre-restore-<time>, never deleted: a restore from
 * the wrong backup can be undone by moving it back.
 */
export async function restoreEmbedded(
  dataDir: string,
  source: string,
  log: (m: string) => void,
): Promise<{ previous: string | null; secrets: boolean; latestMigration: string | null }> {
  const folder = path.resolve(source);
  const manifest = await readManifest(folder);
  const tarball = new Blob([new Uint8Array(await readFile(path.join(folder, DATABASE_FILE)))]);
  return withDataDir(dataDir, async () => {
    const stamp = utcStamp(new Date());
    const database = path.join(dataDir, "pglite");
    const loading = path.join(dataDir, `pglite.restoring-${stamp}`);
    await rm(loading, { recursive: true, force: true });
    await mkdir(loading, { recursive: true });
    log(`loading ${folder} (made ${manifest.createdAt})`);
    try {
      const db = await openPglite(loading, tarball);
      try {
        await describe(db);
      } finally {
        await db.close();
      }
    } catch (error) {
      await rm(loading, { recursive: true, force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new EmbeddedBackupError(`the backup could not be loaded (${reason}); nothing was changed.`);
    }
    let previous: string | null = null;
    if (await exists(database)) {
      previous = path.join(dataDir, `pglite.pre-restore-${stamp}`);
      await rename(database, previous);
    }
    await rename(loading, database);
    if (manifest.secrets) {
      const current = path.join(dataDir, SECRETS_FILE);
      const restored = await readFile(path.join(folder, SECRETS_FILE));
      const before = await readFile(current).catch(() => null);
      if (before && !before.equals(restored)) {
        await rename(current, path.join(dataDir, `secrets.pre-restore-${stamp}.json`));
      }
      await writeFile(current, restored, { mode: 0o600 });
    }
    return { previous, secrets: manifest.secrets, latestMigration: manifest.latestMigration };
  });
}
