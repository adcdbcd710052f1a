// What the wish form does with a poster's place once that market day is over
// (an old poster found at home, or a QR link kept in WeChat): it says so, names
// the next market day, and still takes the wish.
//
// The old stall is not carried on: the place records where a wish was made,
// and a resident scanning last month's poster is at no stall; filing the wish
// there would also count it in a past day's report. Nor is it moved to the next
// market day's stall of the same key when that day is still to come: "you are at
// stall X" would be untrue, and the wish would count for a day not yet held.
// One exception: when the next market day is today and has the same recurring
// stall (same key), the resident is most likely standing at it, scanning a
// poster reused from an earlier market, so the wish goes to today's stall.
import "server-only";
import { isMarketDayOver, isMarketDayToday, nextMarketDay } from "@/lib/market-days/market-day-over";
import { getMarketDay, listMarketDays, type MarketDayCard } from "@/lib/market-days/queries";
import type { WishPlace } from "./wish-place";

export interface PlaceOnArrival {
  /** The place the form files the wish under (today's, or none). */
  place: WishPlace | null;
  /** The place the link named, when its market day is over: the form shows a notice. */
  over: WishPlace | null;
  /** The next market day to go to, when `over`. */
  next: MarketDayCard | null;
}

export async function placeOnArrival(linked: WishPlace | null, now: Date): Promise<PlaceOnArrival> {
  if (!linked || !isMarketDayOver(linked.marketDay, now)) return { place: linked, over: null, next: null };
  // Cached; "upcoming" there may be an hour old, so the clock is applied again here.
  const next = nextMarketDay((await listMarketDays()).upcoming, now);
  return { place: next ? await sameStallToday(linked, next, now) : null, over: linked, next };
}

/** Today's market day with the linked stall's recurring stall, or null. */
async function sameStallToday(linked: WishPlace, next: MarketDayCard, now: Date): Promise<WishPlace | null> {
  if (!linked.stall || !isMarketDayToday(next, now)) return null;
  const day = await getMarketDay(next.slug);
  const stall = day?.stalls.find((s) => s.key === linked.stall?.key);
  if (!day || !stall) return null;
  const { id, slug, title, titleEn, startsAt, endsAt } = day;
  const { number, key, name, nameEn } = stall;
  return {
    marketDay: { id, slug, title, titleEn, startsAt, endsAt },
    stall: { id: stall.id, number, key, name, nameEn },
  };
}
