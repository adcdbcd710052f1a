// The stall directory's cached part: every listed stall for one audience and
// category (at most 6 × 12 entries), with its search text. The free-text
// search filters this list outside the cache (queries.ts): were the query an
// argument here, each distinct ?q= would write an entry, and random queries
// could fill the cache.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { MarketDayStatus, StallCategory } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { stallSummarySelect, toStallSummary, type StallSummary } from "@/lib/market-days/queries";
import { audienceToEnum, type AudienceFilter } from "./directory-filter";

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

export const marketDayRefSelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  status: true,
} as const;

/**
 * One entry per recurring stall (its latest appearance on a published or
 * cancelled market day), filtered by audience and category, each with the
 * normalised text a search looks in (Stall.searchText).
 */
export async function directoryIndex(
  audience: AudienceFilter | null,
  category: StallCategory | null,
): Promise<{ entry: DirectoryEntry; searchText: string }[]> {
  "use cache";
  cacheTag(cacheTags.stalls, cacheTags.marketDays);
  cacheLife("hours");
  const conditions: Prisma.Sql[] = [
    Prisma.sql`c.slug = ${publicCommunitySlug()}`,
    Prisma.sql`m.status IN ('PUBLISHED', 'CANCELLED')`,
  ];
  if (audience) conditions.push(Prisma.sql`s.audiences @> ARRAY[${audienceToEnum(audience)}]::"Audience"[]`);
  if (category) conditions.push(Prisma.sql`s.category = ${category}::"StallCategory"`);
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
    select: { ...stallSummarySelect, searchText: true, marketDay: { select: marketDayRefSelect } },
    orderBy: [{ category: "asc" }, { number: "asc" }],
  });
  return rows.map(({ searchText, ...row }) => ({ entry: toStallSummary(row), searchText }));
}
