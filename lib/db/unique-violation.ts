// Which unique index a failed write ran into. Services check for a clash first,
// for a clear message, but two staff saving at once still meet the index; its
// name tells the service which field to report as taken.
import { Prisma } from "@/lib/db/generated/client";

/**
 * The unique index a write violated, or null for any other error. With a driver
 * adapter (Prisma 7) there is no meta.target: the constraint comes inside
 * meta.driverAdapterError (e.g. { index: "MarketDay_slug_key" }), so the whole
 * meta is searched for the index names the caller knows about.
 */
export function violatedUniqueIndex<K extends string>(error: unknown, indexes: readonly K[]): K | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = JSON.stringify(error.meta ?? {});
  return indexes.find((index) => meta.includes(index)) ?? null;
}
