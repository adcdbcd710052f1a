// Every search synonym of the public community, as one cache entry. Searches
// are expanded from this list outside the cache (queries.ts), so a resident's
// free text never becomes a cache key: 2,000 random queries add no entries.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import type { SearchSynonymEntry } from "./expand-query";

export async function communitySynonyms(): Promise<SearchSynonymEntry[]> {
  "use cache";
  cacheTag(cacheTags.searchSynonyms);
  cacheLife("hours");
  return db.$queryRaw<SearchSynonymEntry[]>`
    SELECT ss.term, ss."expandsTo"
      FROM "SearchSynonym" ss
      JOIN "Community" c ON c.id = ss."communityId"
     WHERE c.slug = ${publicCommunitySlug()}`;
}
