// Public reads of stalls: the directory (filters and Chinese substring search)
// and one stall's page. Cached under lib/cache/tags.ts; drafts never appear.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { stallSummarySelect, toStallSummary, type StallSummary } from "@/lib/market-days/queries";
import { audienceToEnum, type DirectoryFilter } from "./directory-filter";
import { searchAlternatives } from "@/lib/search-synonyms/queries";

export interface StallMarketDayRef {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  status: MarketDayStatus;
}

export interface DirectoryEntry extends StallSummary {
  marketDay: StallMarketDayRef;
}

const marketDayRefSelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  status: true,
} as const;

/** `%`, `_` and `\` are LIKE wildcards; a resident typing them means the characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The directory: one entry per recurring stall (its latest appearance on a
 * published or cancelled market day), filtered by audience and category, and
 * searched by substring in Stall.searchText through its trigram index: a stall
 * matches when it contains the query or any word the community's search
 * synonyms add to it (剪头发 → 理发, 义剪).
 */
export async function searchStalls(filter: DirectoryFilter): Promise<DirectoryEntry[]> {
  "use cache";
  cacheTag(cacheTags.stalls, cacheTags.marketDays);
  cacheLife("hours");
  const conditions: Prisma.Sql[] = [
    Prisma.sql`c.slug = ${publicCommunitySlug()}`,
    Prisma.sql`m.status IN ('PUBLISHED', 'CANCELLED')`,
  ];
  if (filter.audience) {
    conditions.push(Prisma.sql`s.audiences @> ARRAY[${audienceToEnum(filter.audience)}]::"Audience"[]`);
  }
  if (filter.category) conditions.push(Prisma.sql`s.category = ${filter.category}::"StallCategory"`);
  const words = filter.q ? await searchAlternatives(filter.q) : [];
  if (words.length > 0) {
    // Said here too, not only inside searchAlternatives: a change to the list
    // must expire this result even if Next kept the inner entry's tags to itself.
    cacheTag(cacheTags.searchSynonyms);
    const matches = words.map((word) => Prisma.sql`s."searchText" LIKE ${`%${escapeLike(word)}%`}`);
    conditions.push(Prisma.sql`(${Prisma.join(matches, " OR ")})`);
  }
  // DISTINCT ON keeps the latest appearance of each recurring stall.
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT ON (s.key) s.id
      FROM "Stall" s
      JOIN "MarketDay" m ON m.id = s."marketDayId"
      JOIN "Community" c ON c.id = s."communityId"
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY s.key, m."startsAt" DESC`;
  if (ids.length === 0) return [];
  const rows = await db.stall.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: { ...stallSummarySelect, marketDay: { select: marketDayRefSelect } },
    orderBy: [{ category: "asc" }, { number: "asc" }],
  });
  return rows.map(toStallSummary);
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
