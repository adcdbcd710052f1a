import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";

/** The report's figures (39 collected · 27 on site · 12 referred …), computed from the data. */
export interface WishFigures {
  collected: number;
  handledOnSite: number;
  referred: number;
  escalated: number;
  settled: number;
}

interface FiguresRow {
  collected: number;
  handled_on_site: number;
  referred: number;
  escalated: number;
  settled: number;
}

// One scan with FILTER instead of five counts. Milestone columns say what ever
// happened to a wish (a referred wish that was later settled still counts as
// referred), the status says where it is now.
async function figures(where: Prisma.Sql): Promise<WishFigures> {
  const rows = await db.$queryRaw<FiguresRow[]>`
    SELECT count(*)::int AS collected,
           count(*) FILTER (WHERE w."handledOnSiteAt" IS NOT NULL)::int AS handled_on_site,
           count(*) FILTER (WHERE w."referredAt" IS NOT NULL)::int AS referred,
           count(*) FILTER (WHERE w."escalatedAt" IS NOT NULL)::int AS escalated,
           count(*) FILTER (WHERE w.status = 'SETTLED')::int AS settled
      FROM "Wish" w
      JOIN "Community" c ON c.id = w."communityId"
     WHERE c.slug = ${publicCommunitySlug()} AND ${where}`;
  const row = rows[0];
  return {
    collected: row?.collected ?? 0,
    handledOnSite: row?.handled_on_site ?? 0,
    referred: row?.referred ?? 0,
    escalated: row?.escalated ?? 0,
    settled: row?.settled ?? 0,
  };
}

/** All wishes of the portal's community (home page). */
export async function getCommunityWishFigures(): Promise<WishFigures> {
  "use cache";
  cacheTag(cacheTags.wishFigures);
  cacheLife("minutes");
  return figures(Prisma.sql`TRUE`);
}

/** Wishes collected at one market day (its outcome after the event). */
export async function getMarketDayWishFigures(marketDayId: string): Promise<WishFigures> {
  "use cache";
  cacheTag(cacheTags.wishFigures, cacheTags.marketDay(marketDayId));
  cacheLife("minutes");
  return figures(Prisma.sql`w."marketDayId" = ${marketDayId}::uuid`);
}
