// Record ids in public URLs are PostgreSQL uuids. PostgreSQL rejects malformed
// uuid text with an error (a 500), so a mistyped or truncated id from a shared
// link must be caught before any query and answered with a 404.
import { z } from "zod";

const uuidSchema = z.uuid();

export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}
