// Opens the database a CLI command should work on: DATABASE_URL when set, else the
// embedded PGlite in HUIYIN_DATA_DIR (reusing the server of a running `npm run dev`).
import path from "node:path";
import pg from "pg";
import { readEnv } from "../lib/env";
import { migrate, type MigrateResult } from "../lib/db/migrate";
import type { SeedStaffPassword } from "../lib/seed/staff-password";
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

/**
 * Loads the demo data. `dev` is the explicit signal that only `npm run dev` gives;
 * without it (or SEED_STAFF_PASSWORD) the demo staff accounts are created locked.
 */
export async function seedUrl(url: string, log: (m: string) => void, options: { dev: boolean }): Promise<SeedOutcome> {
  const { resolveSeedStaffPassword } = await import("../lib/seed/staff-password");
  const { seedDatabase } = await import("../lib/seed/seed-database");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const env = readEnv();
  const staff = resolveSeedStaffPassword({ dev: options.dev, SEED_STAFF_PASSWORD: env.SEED_STAFF_PASSWORD });
  const prisma = createPrismaClient(url, 2);
  try {
    await seedDatabase(prisma, { staffPassword: staff.password, log });
    const activeAdmins = await prisma.staffUser.count({ where: { role: "ADMIN", active: true } });
    return { staff: staff.kind, needsFirstAdmin: activeAdmins === 0 };
  } finally {
    await prisma.$disconnect();
  }
}

interface SeedOutcome {
  staff: SeedStaffPassword["kind"];
  /** No active administrator exists: nobody could sign in to manage staff. */
  needsFirstAdmin: boolean;
}

/** What to tell the operator after a seed, by how the staff accounts were made. */
export function reportSeedStaff(outcome: SeedOutcome): void {
  if (outcome.staff === "devDefault") warnDevPassword();
  if (outcome.needsFirstAdmin) printFirstAdminHelp();
}

function warnDevPassword(): void {
  console.warn(
    [
      "",
      "┌───────────────────────────────────────────────────────────────────────┐",
      "│ WARNING: staff accounts admin / staff / secretary (and baihua-admin,  │",
      "│ baihua-staff, yuanling) were seeded with                              │",
      "│ the development password  huiyin-dev-password                         │",
      "│ Only `npm run dev` does this. Never expose this server.               │",
      "└───────────────────────────────────────────────────────────────────────┘",
      "",
    ].join("\n"),
  );
}

function printFirstAdminHelp(): void {
  console.warn(
    [
      "",
      "[huiyin] No active administrator: the demo staff accounts (admin, staff, secretary, and the",
      "[huiyin] second community's and subdistrict's: baihua-admin, baihua-staff, yuanling) are LOCKED,",
      "[huiyin] because outside `npm run dev` the public development password is never used.",
      "[huiyin] Create the first administrator (the password is read from standard input):",
      "[huiyin]   npm run staff:create-admin -- <username>",
      "[huiyin] or non-interactively: HUIYIN_ADMIN_PASSWORD=… npm run staff:create-admin -- <username>",
      "[huiyin] (or set SEED_STAFF_PASSWORD before the first start to give the demo accounts a password)",
      "",
    ].join("\n"),
  );
}
