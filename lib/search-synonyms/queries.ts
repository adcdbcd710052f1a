// The public read of the search synonyms: what one directory search looks for.
// Cached per query under its own tag, so adding or removing a synonym expires
// exactly the searches that looked the list up.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { normalizeSearchText } from "@/lib/stalls/search-text";
import { expandSearchQuery, type SearchSynonymEntry } from "./expand-query";

/**
 * The query and the words the public community's synonyms add to it
 * (lib/search-synonyms/expand-query.ts); [] for an empty query. Only the
 * synonyms whose term occurs in the query are read, however long the list grows.
 */
export async function searchAlternatives(q: string): Promise<string[]> {
  "use cache";
  cacheTag(cacheTags.searchSynonyms);
  cacheLife("hours");
  const normalized = normalizeSearchText(q);
  if (!normalized) return [];
  const synonyms = await db.$queryRaw<SearchSynonymEntry[]>`
    SELECT ss.term, ss."expandsTo"
      FROM "SearchSynonym" ss
      JOIN "Community" c ON c.id = ss."communityId"
     WHERE c.slug = ${publicCommunitySlug()}
       AND strpos(${normalized}, ss.term) > 0`;
  return expandSearchQuery(normalized, synonyms);
}
