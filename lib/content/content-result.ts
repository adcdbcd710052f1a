// What the dashboard's content services (market days, stalls, organisations)
// return. Problems a staff member can fix come back as i18n keys under
// "adminContent.errors", never as exceptions: a duplicate slug is a message next
// to the field, not a 500. Authorisation failures are thrown (AuthorizationError)
// because the caller must not continue at all.
import { Prisma } from "@/lib/db/generated/client";

/** Field name → i18n keys ("required", "taken", …). */
export type FieldErrors = Record<string, string[]>;

/** Form-level problems, i18n keys under "adminContent.errors". */
export type ContentFormError = "notFound" | "statusChanged";

export type ContentResult<T> =
  | { ok: true; value: T }
  | { ok: false; fieldErrors?: FieldErrors; formError?: ContentFormError };

export function fieldError<T>(field: string, key: string): ContentResult<T> {
  return { ok: false, fieldErrors: { [field]: [key] } };
}

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
