// When a market day counts as over for a resident who scans its poster, and
// which market day comes next. Pure: the caller passes the clock.
//
// Over means its last Shanghai calendar day has passed, not its closing minute:
// residents scanning a poster on the evening of the market, at home or packing
// up, still leave their wish with that stall, whose staff follow up the next
// days. From the next morning the poster is an old one.
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { shanghaiDay } from "@/lib/time/shanghai";

export function isMarketDayOver(day: { endsAt: Date }, now: Date): boolean {
  return shanghaiDay(day.endsAt) < shanghaiDay(now);
}

/** The market day is on today's Shanghai date (early morning before it opens too). */
export function isMarketDayToday(day: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  const today = shanghaiDay(now);
  return shanghaiDay(day.startsAt) <= today && today <= shanghaiDay(day.endsAt);
}

/**
 * The next published market day a resident can still go to: the soonest that
 * has not ended yet (one under way counts). Cancelled ones are no place to go.
 */
export function nextMarketDay<T extends { startsAt: Date; endsAt: Date; status: MarketDayStatus }>(
  days: readonly T[],
  now: Date,
): T | null {
  const open = days.filter((d) => d.status === "PUBLISHED" && d.endsAt >= now);
  return open.reduce<T | null>((soonest, d) => (!soonest || d.startsAt < soonest.startsAt ? d : soonest), null);
}
