// Dashboard reads of market days: every status, the actor's community only, never cached.
// The one exception, the *Community lookup, answers whose record a form names, so
// that another community's staff are refused before their input is parsed.
import "server-only";
import { db } from "@/lib/db";
import type { MarketDayRole, MarketDayStatus } from "@/lib/db/generated/enums";
import { isUuid } from "@/lib/uuid";

export interface AdminMarketDayRow {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  status: MarketDayStatus;
  stallCount: number;
}

export async function listMarketDaysForAdmin(communityId: string): Promise<AdminMarketDayRow[]> {
  const rows = await db.marketDay.findMany({
    where: { communityId },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, title: true, startsAt: true, status: true, _count: { select: { stalls: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, stallCount: _count.stalls }));
}

/** For the stall form's and filter's market-day choice. */
export async function listMarketDayOptions(communityId: string) {
  return db.marketDay.findMany({
    where: { communityId },
    orderBy: { startsAt: "desc" },
    select: { id: true, title: true, startsAt: true, status: true },
  });
}

export interface AdminMarketDay {
  id: string;
  communityId: string;
  slug: string;
  title: string;
  titleEn: string | null;
  theme: string;
  themeEn: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string | null;
  address: string | null;
  addressEn: string | null;
  latitude: { toString(): string } | null;
  longitude: { toString(): string } | null;
  description: string | null;
  descriptionEn: string | null;
  visitorCount: number | null;
  status: MarketDayStatus;
  organizations: { organizationId: string; role: MarketDayRole }[];
}

/** Null when missing or in another community: the page shows "not found" either way. */
export async function getMarketDayForAdmin(communityId: string, id: string): Promise<AdminMarketDay | null> {
  return db.marketDay.findFirst({
    where: { id, communityId },
    select: {
      id: true,
      communityId: true,
      slug: true,
      title: true,
      titleEn: true,
      theme: true,
      themeEn: true,
      startsAt: true,
      endsAt: true,
      place: true,
      placeEn: true,
      address: true,
      addressEn: true,
      latitude: true,
      longitude: true,
      description: true,
      descriptionEn: true,
      visitorCount: true,
      status: true,
      organizations: { select: { organizationId: true, role: true } },
    },
  });
}

/** Whose market day the form names, for the action's check before parsing; null when malformed or unknown. */
export async function marketDayCommunity(id: string): Promise<{ communityId: string } | null> {
  return isUuid(id) ? db.marketDay.findUnique({ where: { id }, select: { communityId: true } }) : null;
}
