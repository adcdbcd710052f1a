// Adds an everyday word to the community's search synonyms. The directory's
// searches that looked the list up are expired at once, so staff who add
// 剪头发 can try it on the public page straight away.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { CONTENT_MESSAGES } from "@/lib/content/content-errors";
import { violatedUniqueIndex } from "@/lib/db/unique-violation";
import { fieldActionError, type ActionError } from "@/lib/forms/action-error";
import type { SynonymFormValues } from "./synonym-form-schema";

const TERM_INDEX = "SearchSynonym_communityId_term_key";

/** A term is listed once: what it stands for is changed by removing it and adding it again. */
const termTaken = (): ActionError => fieldActionError("term", `${CONTENT_MESSAGES}.termTaken`);

export async function addSynonym(actor: Actor | null, values: SynonymFormValues): Promise<{ term: string }> {
  assertCan(actor, "content.manage");
  const clash = await db.searchSynonym.findUnique({
    where: { communityId_term: { communityId: actor.communityId, term: values.term } },
    select: { id: true },
  });
  if (clash) throw termTaken();
  await db.searchSynonym
    .create({ data: { communityId: actor.communityId, term: values.term, expandsTo: values.expandsTo } })
    .catch((error: unknown) => {
      // Two staff adding the same term at once: the second meets the index.
      if (violatedUniqueIndex(error, [TERM_INDEX])) throw termTaken();
      throw error;
    });
  invalidatePublicContent({ searchSynonyms: true });
  return { term: values.term };
}
