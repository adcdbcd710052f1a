// Organisations named in a form (market-day partners, stall hosts) must exist and
// belong to the actor's community. An id from another community is refused like
// any other cross-community access (403); an unknown id is a field error.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { contentFieldError } from "@/lib/content/content-errors";

/** Throws "invalid" on `field` when an id does not exist, and AuthorizationError for another community's. */
export async function assertOrganizations(actor: Actor, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const rows = await db.organization.findMany({
    where: { id: { in: unique } },
    select: { id: true, communityId: true },
  });
  for (const row of rows) assertCan(actor, "content.manage", row);
  if (rows.length !== unique.length) throw contentFieldError(field, "invalid");
}

/** Ids in one list but not the other: the organisations whose public pages change. */
export function changedIds(before: readonly string[], after: readonly string[]): string[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...new Set([...before.filter((id) => !b.has(id)), ...after.filter((id) => !a.has(id))])];
}
