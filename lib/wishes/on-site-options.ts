// Choices of the on-site entry form: the community's recent market days with
// their stalls, and which one to preselect: the one going on now, else the
// latest that has started, else the next one.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";

const RECENT_MARKET_DAYS = 6;

export async function getOnSiteOptions(actor: Actor | null, now: Date = new Date()) {
  assertCan(actor, "wish.create");
  const [started, upcoming] = await Promise.all([
    db.marketDay.findMany({
      where: { communityId: actor.communityId, status: { not: "CANCELLED" }, startsAt: { lte: now } },
      orderBy: { startsAt: "desc" },
      take: RECENT_MARKET_DAYS,
      select: { id: true, title: true, titleEn: true, startsAt: true, endsAt: true },
    }),
    db.marketDay.findMany({
      where: { communityId: actor.communityId, status: { not: "CANCELLED" }, startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: 2,
      select: { id: true, title: true, titleEn: true, startsAt: true, endsAt: true },
    }),
  ]);
  const marketDays = [...upcoming.reverse(), ...started];
  const defaultMarketDayId = (started[0] ?? upcoming.at(-1))?.id ?? null;
  const stalls = marketDays.length
    ? await db.stall.findMany({
        where: { marketDayId: { in: marketDays.map((d) => d.id) } },
        select: { id: true, marketDayId: true, number: true, name: true, nameEn: true },
        orderBy: [{ number: "asc" }],
      })
    : [];
  return {
    marketDays: marketDays.map((d) => ({ ...d, stalls: stalls.filter((s) => s.marketDayId === d.id) })),
    defaultMarketDayId,
  };
}

export type OnSiteOptions = Awaited<ReturnType<typeof getOnSiteOptions>>;

/** The inbox filter's places: the community's market days, and the stalls of the chosen one. */
export async function getFilterPlaces(actor: Actor | null, marketDayId?: string) {
  assertCan(actor, "wish.view");
  const [marketDays, stalls] = await Promise.all([
    db.marketDay.findMany({
      where: { communityId: actor.communityId },
      orderBy: { startsAt: "desc" },
      take: 50,
      select: { id: true, title: true, titleEn: true, startsAt: true },
    }),
    marketDayId
      ? db.stall.findMany({
          where: { marketDayId, communityId: actor.communityId },
          orderBy: { number: "asc" },
          select: { id: true, number: true, name: true, nameEn: true },
        })
      : Promise.resolve([]),
  ]);
  return { marketDays, stalls };
}
