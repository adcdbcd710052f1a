// Wraps `next dev` / `next start`: makes sure there is a migrated database, then
// runs the command with DATABASE_URL pointing at it.
//
// - DATABASE_URL set: migrate that server (safe with several instances starting
//   at once: see lib/db/migrate.ts), seed only when HUIYIN_SEED_ON_START=1.
// - DATABASE_URL unset: start the embedded PGlite server on the data folder in
//   this process, migrate it, seed it on first start, generate local secrets.
import { spawn } from "node:child_process";
import path from "node:path";
import { readEnv } from "../lib/env";
import { migrateUrl, openDatabase, seedUrl, warnDevPassword } from "./database";
import { loadOrCreateLocalSecrets } from "./secrets";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/run-with-db.ts <command> [args…]");
  process.exit(2);
}

const env = readEnv();
const log = (m: string) => console.log(`[huiyin] ${m}`);
const database = await openDatabase({ role: "server" });
const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };

try {
  await migrateUrl(database.url, log);
  if (database.embedded) {
    const dataDir = path.resolve(env.HUIYIN_DATA_DIR);
    const secrets = await loadOrCreateLocalSecrets(dataDir);
    for (const [key, value] of Object.entries(secrets)) childEnv[key] ??= value;
    // One connection: the embedded socket server cannot keep concurrent ones apart.
    childEnv.HUIYIN_DB_POOL_SIZE ??= "1";
  }
  if (env.HUIYIN_SEED_ON_START || (database.ownsEmbedded && !(await hasCommunity(database.url)))) {
    log("seeding demo data…");
    const { isDevDefault } = await seedUrl(database.url, log);
    if (isDevDefault) warnDevPassword();
  }
  log(database.embedded ? `embedded database at ${env.HUIYIN_DATA_DIR}/pglite` : "external database");
} catch (error) {
  console.error(`[huiyin] ${error instanceof Error ? error.message : String(error)}`);
  await database.close();
  process.exit(1);
}

const child = spawn(command, args, { stdio: "inherit", env: childEnv });
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => {
  void database.close().finally(() => process.exit(code ?? (signal ? 1 : 0)));
});

async function hasCommunity(url: string): Promise<boolean> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Community"');
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}
