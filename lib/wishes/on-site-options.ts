// Choices of the on-site entry form: the community's recent market days with
// their stalls, and which one to preselect: today's (Shanghai calendar day),
// else none. Never an old one: a wish entered at the office on a Tuesday
// would otherwise count towards last month's market day in the reports.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { shanghaiDay } from "@/lib/time/shanghai";

/** The market day running on `now`'s Shanghai calendar day, if any (the first, should there be two). */
function todaysMarketDayId(days: readonly { id: string; startsAt: Date; endsAt: Date }[], now: Date) {
  const today = shanghaiDay(now);
  const running = days
    .filter((d) => shanghaiDay(d.startsAt) <= today && today <= shanghaiDay(d.endsAt))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return running[0]?.id ?? null;
}

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
  const defaultMarketDayId = todaysMarketDayId(marketDays, now);
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
