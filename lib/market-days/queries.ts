import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { publicCommunitySlug } from "@/lib/community";

export interface MarketDaySummary {
  slug: string;
  title: string;
  titleEn: string | null;
  theme: string;
  themeEn: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string | null;
}

const summarySelect = {
  slug: true,
  title: true,
  titleEn: true,
  theme: true,
  themeEn: true,
  startsAt: true,
  endsAt: true,
  place: true,
  placeEn: true,
} as const;

/**
 * The next published market day that has not ended, or else the latest one.
 * `now` is passed in (rounded by the caller) so the cache key stays stable.
 */
export async function getFeaturedMarketDay(now: Date): Promise<MarketDaySummary | null> {
  "use cache";
  cacheTag("market-days");
  cacheLife("minutes");
  const where = { community: { slug: publicCommunitySlug() }, status: "PUBLISHED" as const };
  const upcoming = await db.marketDay.findFirst({
    where: { ...where, endsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    select: summarySelect,
  });
  if (upcoming) return upcoming;
  return db.marketDay.findFirst({ where, orderBy: { startsAt: "desc" }, select: summarySelect });
}
