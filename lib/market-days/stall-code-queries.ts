// Stall codes (lib/market-days/stall-code.ts) against the database: the code a
// poster prints, and the market day and stall a typed or scanned code names.
// Both read the public community only, like every public page.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { shanghaiDay, shanghaiInstant } from "@/lib/time/shanghai";
import { formatStallCode, parseStallCode, stallCodePrefix } from "./stall-code";

const DAY_MS = 24 * 60 * 60 * 1000;
const VISIBLE: MarketDayStatus[] = ["PUBLISHED", "CANCELLED"];

/**
 * The community's market days starting on one Shanghai date, in the order that
 * gives them their letters: first created first. Drafts count too, so that
 * publishing one never shifts the code of a day whose posters are printed.
 */
function marketDaysOn(date: string) {
  const start = shanghaiInstant(date);
  if (!start) return null;
  return {
    where: {
      community: { slug: publicCommunitySlug() },
      startsAt: { gte: start, lt: new Date(start.getTime() + DAY_MS) },
    },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  };
}

/** "261219-7" for stall 7 of a public market day; null when the day is not the public community's. */
export async function stallCodeOf(
  marketDay: { id: string; startsAt: Date },
  stallNumber: number,
): Promise<string | null> {
  const query = marketDaysOn(shanghaiDay(marketDay.startsAt));
  if (!query) return null;
  const ids = await db.marketDay.findMany({ ...query, select: { id: true } });
  const ordinal = ids.findIndex((d) => d.id === marketDay.id);
  return ordinal < 0 ? null : formatStallCode(stallCodePrefix(marketDay.startsAt, ordinal), stallNumber);
}

export interface StallCodeTarget {
  marketDay: { id: string; slug: string };
  stall: { id: string };
}

/**
 * The public market day and stall a code names, or null: a malformed code, a
 * date without that many market days, a draft, or a number that day did not
 * have. One query: the day's market days, each with its stall of that number.
 */
export async function resolveStallCode(code: string): Promise<StallCodeTarget | null> {
  const parsed = parseStallCode(code);
  const query = parsed && marketDaysOn(parsed.date);
  if (!parsed || !query) return null;
  const days = await db.marketDay.findMany({
    ...query,
    select: { id: true, slug: true, status: true, stalls: { where: { number: parsed.number }, select: { id: true } } },
  });
  const day = days[parsed.ordinal];
  const stall = day?.stalls[0];
  if (!day || !stall || !VISIBLE.includes(day.status)) return null;
  return { marketDay: { id: day.id, slug: day.slug }, stall };
}

/** The same, cached for /q/<code> (every resident at a stall scans the same code). */
export async function getStallCodeTarget(code: string): Promise<StallCodeTarget | null> {
  "use cache";
  // Any market day's change may create, move or publish the day a code names,
  // and any stall's change may give it the number (stall edits that keep the
  // market day revalidate only the stall tags).
  cacheTag(cacheTags.marketDays, cacheTags.stalls);
  cacheLife("hours");
  const target = await resolveStallCode(code);
  if (target) cacheTag(cacheTags.marketDay(target.marketDay.id), cacheTags.stall(target.stall.id));
  return target;
}

/** The poster's code, cached with the poster page's own data. */
export async function getStallCode(
  marketDay: { id: string; startsAt: Date },
  stallNumber: number,
): Promise<string | null> {
  "use cache";
  cacheTag(cacheTags.marketDays, cacheTags.marketDay(marketDay.id));
  cacheLife("hours");
  return stallCodeOf(marketDay, stallNumber);
}
