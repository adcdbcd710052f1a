// The public read of the search synonyms: what one directory search looks for.
// Not cached per query: a resident's free text must not become a cache key (any
// query would add an entry). The list itself is one cached entry
// (community-synonyms.ts); expanding a query from it is a little string work.
import "server-only";
import { normalizeSearchText } from "@/lib/stalls/search-text";
import { communitySynonyms } from "./community-synonyms";
import { expandSearchQuery } from "./expand-query";

/**
 * The query and the words the public community's synonyms add to it
 * (lib/search-synonyms/expand-query.ts); [] for an empty query.
 */
export async function searchAlternatives(q: string): Promise<string[]> {
  const normalized = normalizeSearchText(q);
  if (!normalized) return [];
  return expandSearchQuery(normalized, await communitySynonyms());
}
