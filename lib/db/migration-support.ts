// What the migration runner (migrate.ts) and the routines runner (routines.ts)
// both need. It lives here, not in migrate.ts, because migrate.ts calls
// applyRoutines(): importing these from there made the two modules a cycle.
import { createHash } from "node:crypto";

/** The subset of pg.Client / pg.PoolClient the runners need. */
export interface SqlClient {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Prisma's checksum: SHA-256 of the script, as lowercase hex. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}
