// Opens the database a CLI command should work on: DATABASE_URL when set, else the
// embedded PGlite in HUIYIN_DATA_DIR (reusing the server of a running `npm run dev`).
import path from "node:path";
import pg from "pg";
import { readEnv } from "../lib/env";
import { migrate, type MigrateResult } from "../lib/db/migrate";
import { announcePort, claimDataDir, releaseDataDir, startEmbeddedDatabase } from "../lib/db/embedded";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../prisma/migrations");

export interface OpenDatabase {
  url: string;
  /** True when this process started the embedded server (it dies with the process). */
  ownsEmbedded: boolean;
  embedded: boolean;
  close(): Promise<void>;
}

/** `role: "server"` for the long-running dev/start wrapper, which other commands may share. */
export async function openDatabase(options: { port?: number; role?: "server" | "cli" } = {}): Promise<OpenDatabase> {
  const role = options.role ?? "cli";
  const env = readEnv();
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, ownsEmbedded: false, close: () => Promise.resolve() };
  }
  const dataDir = path.resolve(env.HUIYIN_DATA_DIR);
  const claim = await claimDataDir(dataDir, role);
  if (!claim.owner) {
    return { url: claim.url, embedded: true, ownsEmbedded: false, close: () => Promise.resolve() };
  }
  try {
    const server = await startEmbeddedDatabase({
      dataDir: path.join(dataDir, "pglite"),
      port: options.port ?? env.HUIYIN_EMBEDDED_PORT,
    });
    await announcePort(dataDir, server.port, role);
    return {
      url: server.url,
      embedded: true,
      ownsEmbedded: true,
      async close() {
        await server.stop();
        await releaseDataDir(dataDir);
      },
    };
  } catch (error) {
    await releaseDataDir(dataDir);
    throw error;
  }
}

export async function migrateUrl(url: string, log: (m: string) => void): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await migrate(client, MIGRATIONS_DIR, log);
  } finally {
    await client.end();
  }
}

/** Loads the demo data; returns whether the dev-default staff password was used. */
export async function seedUrl(url: string, log: (m: string) => void): Promise<{ isDevDefault: boolean }> {
  const { resolveSeedStaffPassword } = await import("../lib/seed/staff-password");
  const { seedDatabase } = await import("../lib/seed/seed-database");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const env = readEnv();
  const { password, isDevDefault } = resolveSeedStaffPassword({
    NODE_ENV: process.env.NODE_ENV,
    SEED_STAFF_PASSWORD: env.SEED_STAFF_PASSWORD,
  });
  const prisma = createPrismaClient(url, 2);
  try {
    await seedDatabase(prisma, { staffPassword: password, log });
  } finally {
    await prisma.$disconnect();
  }
  return { isDevDefault };
}

export function warnDevPassword(): void {
  console.warn(
    [
      "",
      "┌──────────────────────────────────────────────────────────────────────┐",
      "│ WARNING: staff accounts admin / staff / secretary were seeded with    │",
      "│ the development password  huiyin-dev-password                         │",
      "│ Set SEED_STAFF_PASSWORD for anything but local development.           │",
      "└──────────────────────────────────────────────────────────────────────┘",
      "",
    ].join("\n"),
  );
}
