// npm run db:restore -- <backup> --yes — replaces the app's database with a backup
// made by `npm run db:backup`: a pg_dump archive into DATABASE_URL's database, or
// an embedded backup folder into the data folder. It replaces data, so it does
// nothing without --yes. The work is in scripts/backup/backup.ts.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import path from "node:path";
import { readEnv } from "../lib/env";
import { restoreDatabase, RestoreNotConfirmed } from "./backup/backup";

const args = process.argv.slice(2);
const confirmed = args.includes("--yes");
const sources = args.filter((a) => a !== "--yes");
if (sources.length !== 1 || sources[0]?.startsWith("-")) {
  console.error("usage: npm run db:restore -- <backup file or folder> --yes");
  process.exit(2);
}

const env = readEnv();
const log = (m: string) => console.log(`db:restore: ${m}`);
try {
  const started = performance.now();
  await restoreDatabase(
    { databaseUrl: env.DATABASE_URL, dataDir: path.resolve(env.HUIYIN_DATA_DIR), log },
    sources[0] ?? "",
    confirmed,
  );
  log(`done in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof RestoreNotConfirmed ? 2 : 1;
}
