// A fresh, migrated database for one integration test file.
//
// - When the suite runs with DATABASE_URL (CI: the PostgreSQL server on
//   127.0.0.1:5432), a new database is created on that server and dropped after.
// - Otherwise an in-memory embedded PGlite is started for the file.
//
// Either way the file's DATABASE_URL points at it, so lib/db talks to it.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  kind: "postgres" | "embedded";
  drop(): Promise<void>;
}

function serverUrl(): string | null {
  const url = process.env.HUIYIN_TEST_ADMIN_URL;
  return url ? url : null;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function migrateDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(client, MIGRATIONS_DIR);
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations) — for tests of the migration runner itself. */
export async function createEmptyDatabase(): Promise<{
  url: string;
  kind: TestDatabase["kind"];
  drop(): Promise<void>;
}> {
  const admin = serverUrl();
  if (admin) {
    const name = `huiyin_t_${randomBytes(6).toString("hex")}`;
    await adminQuery(admin, `CREATE DATABASE ${name}`);
    return {
      url: withDatabase(admin, name),
      kind: "postgres",
      drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const embedded = await startEmbeddedDatabase();
  return { url: embedded.url, kind: "embedded", drop: () => embedded.stop() };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  await migrateDatabase(empty.url);
  process.env.DATABASE_URL = empty.url;
  // The embedded socket server cannot keep concurrent connections apart (see
  // HUIYIN_DB_POOL_SIZE in lib/env.ts): the app's client and this one get one each.
  const poolSize = empty.kind === "embedded" ? 1 : 4;
  process.env.HUIYIN_DB_POOL_SIZE = String(poolSize);
  const prisma = createPrismaClient(empty.url, poolSize);
  return {
    url: empty.url,
    kind: empty.kind,
    prisma,
    async drop() {
      await prisma.$disconnect();
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
      await empty.drop();
    },
  };
}
