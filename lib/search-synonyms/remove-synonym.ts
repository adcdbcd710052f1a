// Removes one of the community's search synonyms; the searches that used it
// are expired at once.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";

export async function removeSynonym(actor: Actor | null, id: string): Promise<{ term: string }> {
  assertCan(actor, "content.manage");
  const existing = await db.searchSynonym.findUnique({ where: { id }, select: { communityId: true, term: true } });
  if (!existing) throw new ActionError("forms.errors.notFound");
  assertCan(actor, "content.manage", existing);
  // deleteMany: a second tap that arrives after the first removed it is no crash.
  const { count } = await db.searchSynonym.deleteMany({ where: { id, communityId: existing.communityId } });
  if (count === 0) throw new ActionError("forms.errors.notFound");
  invalidatePublicContent({ searchSynonyms: true });
  return { term: existing.term };
}
