// Reads for the calendar (/calendar.ics) and the feed (/feed.xml): every public
// market day with the fields both builders need. Cached like the page queries;
// the route handlers pick the upcoming ones at request time, so the cached list
// itself does not depend on the clock.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import type { CalendarMarketDay } from "./calendar";
import type { FeedMarketDay } from "./feed";

export type SyndicatedMarketDay = CalendarMarketDay & FeedMarketDay;

/** Published and cancelled market days (never drafts), soonest first. */
export async function listSyndicatedMarketDays(): Promise<SyndicatedMarketDay[]> {
  "use cache";
  cacheTag(cacheTags.marketDays);
  cacheLife("hours");
  const rows = await db.marketDay.findMany({
    where: {
      community: { slug: publicCommunitySlug() },
      status: { in: ["PUBLISHED", "CANCELLED"] as MarketDayStatus[] },
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      titleEn: true,
      theme: true,
      themeEn: true,
      description: true,
      descriptionEn: true,
      place: true,
      placeEn: true,
      address: true,
      addressEn: true,
      startsAt: true,
      endsAt: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
    },
  });
  if (rows.length > 0) cacheTag(...rows.map((r) => cacheTags.marketDay(r.id)));
  return rows;
}

/** Not yet over at `now`: what a calendar subscription should hold. */
export function upcomingOnly<T extends { endsAt: Date }>(days: readonly T[], now: Date): T[] {
  return days.filter((d) => d.endsAt >= now);
}
