// npm run db:backup [-- <path>] — backs up the database the app uses: a pg_dump
// archive of DATABASE_URL's database, or a copy of the embedded one (with the
// data folder's secrets). Default: backups/huiyin-<UTC time>… (git-ignored).
// The work is in scripts/backup/backup.ts.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import path from "node:path";
import { readEnv } from "../lib/env";
import { backupDatabase } from "./backup/backup";

const args = process.argv.slice(2);
if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
  console.error("usage: npm run db:backup [-- <file or folder>]");
  process.exit(2);
}

const env = readEnv();
const log = (m: string) => console.log(`db:backup: ${m}`);
try {
  const started = performance.now();
  const result = await backupDatabase(
    { databaseUrl: env.DATABASE_URL, dataDir: path.resolve(env.HUIYIN_DATA_DIR), log },
    args[0],
  );
  const mb = (result.bytes / 1_048_576).toFixed(1);
  log(`wrote ${result.path} (${mb} MB) in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
