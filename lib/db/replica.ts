// The read replica (DATABASE_REPLICA_URL), for the staff's heavy reads: the report
// page, the printable market-day summary, the subdistrict's comparison and the
// CSV export. They aggregate or stream many rows and may be a few seconds behind.
//
// Nothing else may read here:
// - Public pages read through 'use cache' queries. A replica behind the primary
//   would put old data into Next's cache right after a change revalidated it,
//   and it would stay there until the next change. So no module a cached query
//   imports may import this one (tests/unit/replica-not-in-cache.test.ts).
// - A write, and any read that decides a write or follows one (the inbox, a
//   wish's page after a transition, permission checks), needs the primary.
//
// Unset, replicaDb() is the primary client: one code path either way.
import "server-only";
import type { PrismaClient } from "./generated/client";
import { db } from "./client";
import { createPrismaClient } from "./create-client";
import { readEnv, replicaUrl } from "../env";

const globalForReplica = globalThis as unknown as { huiyinReplica?: { url: string; client: PrismaClient } };

/**
 * The client for staff reports. Created on first use, like ./client.ts; read
 * each call, so a test may point it elsewhere (the old client is closed then).
 */
export function replicaDb(): PrismaClient {
  const url = replicaUrl();
  if (!url) return db;
  const current = globalForReplica.huiyinReplica;
  if (current?.url === url) return current.client;
  if (current) void current.client.$disconnect();
  const client = createPrismaClient(url, readEnv().HUIYIN_DB_POOL_SIZE);
  globalForReplica.huiyinReplica = { url, client };
  return client;
}

/** Closes the replica's pool (tests and scripts). */
export async function disconnectReplicaDb(): Promise<void> {
  const current = globalForReplica.huiyinReplica;
  globalForReplica.huiyinReplica = undefined;
  await current?.client.$disconnect();
}
