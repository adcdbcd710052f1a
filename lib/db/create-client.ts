// The only place a PrismaClient is constructed. The app uses the singleton in
// ./client.ts (server-only); CLI scripts and tests, which run outside React's
// server environment, call this directly with the URL they were given.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    // Small pool: an external server is shared with other instances. The embedded
    // database gets 1 (see HUIYIN_DB_POOL_SIZE in lib/env.ts).
    max: poolSize,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
