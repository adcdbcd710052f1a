// Wraps the server command: makes sure there is a migrated database, then runs the
// command with DATABASE_URL pointing at it.
//
//   tsx scripts/run-with-db.ts [--dev] <command> [args…]
//
// - DATABASE_URL set: migrate that server (safe with several instances starting
//   at once: see lib/db/migrate.ts), seed only when HUIYIN_SEED_ON_START=1.
// - DATABASE_URL unset: start the embedded PGlite server on the data folder in
//   this process, migrate it, seed it on first start, load or generate local secrets.
//
// --dev is the one signal of development, and only `npm run dev` passes it. What
// the command is does not matter: without --dev this is a production start, which
// refuses to run with a missing or malformed secret or a non-https NEXTAUTH_URL
// (lib/production-env.ts), and never seeds the public development password.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { readEnv } from "../lib/env";
import { mismatchedSecrets, secretFingerprints } from "../lib/deployment/secret-fingerprint";
import { SECRET_NAMES, assertProductionEnv } from "../lib/production-env";
import { migrateUrl, openDatabase, reportSeedStaff, seedUrl } from "./database";
import { loadOrCreateLocalSecrets } from "./secrets";

const argv = process.argv.slice(2);
const dev = argv[0] === "--dev";
const [command, ...args] = dev ? argv.slice(1) : argv;
if (!command) {
  console.error("usage: tsx scripts/run-with-db.ts [--dev] <command> [args…]");
  process.exit(2);
}

const env = readEnv();
const log = (m: string) => console.log(`[huiyin] ${m}`);
const database = await openDatabase({ role: "server" });
const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url };

try {
  // Secrets set in the environment win; the data folder's file fills the rest.
  if (database.embedded && SECRET_NAMES.some((name) => !process.env[name])) {
    const dataDir = path.resolve(env.HUIYIN_DATA_DIR);
    const secrets = await loadOrCreateLocalSecrets(dataDir, {
      hasEncryptedData: () => hasEncryptedContactData(database.url),
    });
    for (const [key, value] of Object.entries(secrets)) childEnv[key] ||= value;
  }
  // Before anything is written: a misconfigured server changes nothing.
  if (!dev) assertProductionEnv(childEnv);
  await migrateUrl(database.url, log);
  // One connection: the embedded socket server cannot keep concurrent ones apart.
  if (database.embedded) childEnv.HUIYIN_DB_POOL_SIZE ??= "1";
  if (env.HUIYIN_SEED_ON_START || (database.ownsEmbedded && !(await hasCommunity(database.url)))) {
    log("seeding demo data…");
    reportSeedStaff(await seedUrl(database.url, log, { dev }));
  }
  // After the migrations (the table) and before serving: every instance of a
  // deployment must hold the same secrets (lib/deployment/secret-fingerprint.ts).
  if (!dev) {
    const mismatched = await withClient(database.url, (client) =>
      mismatchedSecrets(client, secretFingerprints(childEnv)),
    );
    if (mismatched.length > 0) {
      throw new Error(
        `${mismatched.join(", ")} ${mismatched.length === 1 ? "differs" : "differ"} from the secrets the other instances of this deployment started with. ` +
          "Every instance needs the same values. To change one on purpose, stop every instance and delete its row " +
          'from "SecretFingerprint" (README, "Deploying").',
      );
    }
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

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql)).rows);
}

async function hasCommunity(url: string): Promise<boolean> {
  const rows = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "Community"');
  return (rows[0]?.n ?? 0) > 0;
}

/** Whether any wish holds contact data encrypted with this folder's key (no table yet: no). */
async function hasEncryptedContactData(url: string): Promise<boolean> {
  const [table] = await query<{ exists: boolean }>(url, `SELECT to_regclass('"Wish"') IS NOT NULL AS exists`);
  if (!table?.exists) return false;
  const [row] = await query<{ found: boolean }>(
    url,
    `SELECT EXISTS (SELECT 1 FROM "Wish" WHERE "nameEnc" IS NOT NULL OR "phoneEnc" IS NOT NULL
       OR "buildingEnc" IS NOT NULL OR "pickupAddressEnc" IS NOT NULL OR "destinationEnc" IS NOT NULL) AS found`,
  );
  return row?.found ?? false;
}
