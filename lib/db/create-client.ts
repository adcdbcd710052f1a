// The only place a PrismaClient is constructed. The app uses the singleton in
// ./client.ts (server-only); CLI scripts and tests, which run outside React's
// server environment, call this directly with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return createPooledPrismaClient(connectionString, poolSize).client;
}

/**
 * The client and its connection pool. The outbox's job queue (pg-boss) runs its
 * SQL on the same pool: on the embedded database the app has one connection
 * (HUIYIN_DB_POOL_SIZE in lib/env.ts), and a second one beside it would interleave.
 */
export function createPooledPrismaClient(
  connectionString: string,
  poolSize = 10,
): { client: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    // Small pool: an external server is shared with other instances. The embedded
    // database gets 1 (see HUIYIN_DB_POOL_SIZE in lib/env.ts).
    max: poolSize,
    connectionTimeoutMillis: 5_000,
  });
  // The client owns the pool: $disconnect() ends it.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return { client: new PrismaClient({ adapter }), pool };
}
