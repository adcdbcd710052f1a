// The one Prisma client of the app. Every query, against the embedded PGlite or an
// external PostgreSQL, goes through here: the embedded database is served over the
// PostgreSQL wire protocol by scripts/run-with-db.ts, so the driver is the same.
import "server-only";
import type pg from "pg";
import type { PrismaClient } from "./generated/client";
import { createPooledPrismaClient } from "./create-client";
import { readEnv, requireEnv } from "../env";

const globalForDb = globalThis as unknown as { huiyinDb?: PrismaClient; huiyinPool?: pg.Pool };

/**
 * Created on first use, not on import: `next build` imports route modules but must
 * not need a database, and tests point DATABASE_URL at their own database first.
 */
function getDb(): PrismaClient {
  if (!globalForDb.huiyinDb) {
    const { client, pool } = createPooledPrismaClient(requireEnv("DATABASE_URL"), readEnv().HUIYIN_DB_POOL_SIZE);
    globalForDb.huiyinDb = client;
    globalForDb.huiyinPool = pool;
  }
  return globalForDb.huiyinDb;
}

/**
 * The client's connection pool, for the one other user of the database that is not
 * Prisma: the outbox's job queue (lib/notifications/outbox/queue.ts).
 */
export function dbPool(): pg.Pool {
  getDb();
  return globalForDb.huiyinPool!;
}

/** Closes the pool (tests and scripts). */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.huiyinDb;
  globalForDb.huiyinDb = undefined;
  globalForDb.huiyinPool = undefined;
  await client?.$disconnect();
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
