// What `npm run db:backup` and `npm run db:restore` do, for the database the app
// uses: the PostgreSQL server of DATABASE_URL, else the embedded PGlite in the
// data folder. The scripts are thin wrappers; the integration test calls these
// same functions (tests/integration/backup-restore.test.ts).
import path from "node:path";
import { stat } from "node:fs/promises";
import { maskUrl } from "./pg-tools";
import { backupEmbedded, restoreEmbedded } from "./embedded-backup";
import { backupPostgres, restorePostgres } from "./postgres-backup";
import { utcStamp } from "./stamp";

export interface DatabaseLocation {
  /** External PostgreSQL; unset: the embedded database in dataDir. */
  databaseUrl?: string;
  /** HUIYIN_DATA_DIR, resolved. */
  dataDir: string;
  log: (message: string) => void;
}

export interface BackupResult {
  kind: "postgres" | "embedded";
  /** The dump file (PostgreSQL) or the backup folder (embedded). */
  path: string;
  bytes: number;
}

// The keys that must travel with a PostgreSQL dump (lib/privacy/personal-data.ts).
const SECRETS_REMINDER =
  "The secrets are NOT in the dump. Keep HUIYIN_ENCRYPTION_KEY and HUIYIN_LOOKUP_KEY (and NEXTAUTH_SECRET) " +
  "with it, apart: without them the residents' names and phones in it cannot be read or found.";

/** Default place of a new backup: backups/ in the working folder (git-ignored), named by UTC time. */
function defaultBackupPath(kind: BackupResult["kind"], now: Date): string {
  const name = kind === "postgres" ? `huiyin-${utcStamp(now)}.dump` : `huiyin-embedded-${utcStamp(now)}`;
  return path.resolve("backups", name);
}

export async function backupDatabase(
  location: DatabaseLocation,
  target?: string,
  now: Date = new Date(),
): Promise<BackupResult> {
  const { databaseUrl, dataDir, log } = location;
  if (databaseUrl) {
    const result = await backupPostgres(databaseUrl, target ?? defaultBackupPath("postgres", now), log);
    log(SECRETS_REMINDER);
    return { kind: "postgres", path: result.file, bytes: result.bytes };
  }
  const result = await backupEmbedded(dataDir, target ?? defaultBackupPath("embedded", now), log);
  log(
    result.secrets
      ? "The data folder's secrets file (secrets.json: the key of residents' names and phones) is in the backup: keep it as safe as the data."
      : "The data folder has no secrets file: the app's keys come from the environment. Keep HUIYIN_ENCRYPTION_KEY and HUIYIN_LOOKUP_KEY with this backup.",
  );
  return { kind: "embedded", path: result.folder, bytes: result.bytes };
}

export class RestoreNotConfirmed extends Error {
  constructor(target: string) {
    super(`A restore replaces everything in ${target}. Run it again with --yes to go ahead.`);
    this.name = "RestoreNotConfirmed";
  }
}

/** Where a restore would write, as it may be printed. */
function restoreTarget(location: Pick<DatabaseLocation, "databaseUrl" | "dataDir">): string {
  return location.databaseUrl
    ? `the database ${maskUrl(location.databaseUrl)}`
    : `the embedded database in ${path.join(location.dataDir, "pglite")}`;
}

/** `confirmed`: the operator said yes (--yes); without it nothing is touched. */
export async function restoreDatabase(location: DatabaseLocation, source: string, confirmed: boolean): Promise<void> {
  const { databaseUrl, dataDir, log } = location;
  if (!(await stat(source).catch(() => null))) throw new Error(`${source} does not exist.`);
  if (!confirmed) throw new RestoreNotConfirmed(restoreTarget(location));
  if (databaseUrl) {
    await restorePostgres(databaseUrl, source, log);
    log(
      "Restored. The dump held no secrets: the server must run with the HUIYIN_ENCRYPTION_KEY and " +
        "HUIYIN_LOOKUP_KEY of the backed-up database. Restart the app: its cache holds pages of the replaced data.",
    );
    return;
  }
  const result = await restoreEmbedded(dataDir, source, log);
  if (result.previous) log(`The replaced database is kept in ${result.previous}: delete it once all is well.`);
  log(
    result.secrets
      ? "The backup's secrets file was restored into the data folder."
      : "The backup had no secrets file: start the app with the keys that were in the environment when it was made.",
  );
  log(`Restored (latest migration: ${result.latestMigration ?? "none"}). Start the app: it applies newer migrations.`);
}
