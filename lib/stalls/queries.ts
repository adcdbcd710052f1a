// Public reads of stalls: the directory (filters and Chinese substring search)
// and one stall's page. Cached under lib/cache/tags.ts; drafts never appear.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { stallSummarySelect, toStallSummary } from "@/lib/market-days/queries";
import { searchAlternatives } from "@/lib/search-synonyms/queries";
import type { DirectoryFilter } from "./directory-filter";
import { directoryIndex, marketDayRefSelect, type DirectoryEntry, type StallMarketDayRef } from "./directory-index";

export type { DirectoryEntry };

/**
 * The directory: one entry per recurring stall, filtered by audience and
 * category (the cached part, directory-index.ts), then searched by substring
 * in its search text: a stall matches when it contains the query or any word
 * the community's search synonyms add to it (剪头发 → 理发, 义剪). The search
 * runs on the cached list in memory, so no query ever becomes a cache entry.
 */
export async function searchStalls(filter: DirectoryFilter): Promise<DirectoryEntry[]> {
  const [rows, words] = await Promise.all([
    directoryIndex(filter.audience, filter.category),
    filter.q ? searchAlternatives(filter.q) : Promise.resolve([]),
  ]);
  const found = words.length > 0 ? rows.filter((r) => words.some((w) => r.searchText.includes(w))) : rows;
  return found.map((r) => r.entry);
}

export interface StallDetail extends DirectoryEntry {
  description: string | null;
  descriptionEn: string | null;
  /** Every published or cancelled market day where this stall (same key) appeared. */
  appearances: (StallMarketDayRef & { stallId: string })[];
}

export async function getStall(id: string): Promise<StallDetail | null> {
  "use cache";
  cacheTag(cacheTags.stall(id));
  cacheLife("hours");
  const visibleDay = { status: { in: ["PUBLISHED", "CANCELLED"] as MarketDayStatus[] } };
  const row = await db.stall.findFirst({
    where: { id, community: { slug: publicCommunitySlug() }, marketDay: visibleDay },
    select: {
      ...stallSummarySelect,
      communityId: true,
      description: true,
      descriptionEn: true,
      marketDay: { select: marketDayRefSelect },
    },
  });
  if (!row) return null;
  const appearances = await db.stall.findMany({
    where: { communityId: row.communityId, key: row.key, marketDay: visibleDay },
    select: { id: true, marketDay: { select: marketDayRefSelect } },
    orderBy: { marketDay: { startsAt: "desc" } },
  });
  cacheTag(
    ...row.hosts.map((h) => cacheTags.organization(h.organization.id)),
    ...appearances.map((a) => cacheTags.marketDay(a.marketDay.id)),
  );
  const { communityId, ...stall } = row;
  void communityId;
  return {
    ...toStallSummary(stall),
    appearances: appearances.map((a) => ({ ...a.marketDay, stallId: a.id })),
  };
}
