// Where a wish was made: the market day and stall a QR poster links to
// (/wishes/new?marketDay=<slug>&stall=<id>). The form shows the place and
// submitWish stores it with the same rules, so what the resident is told ("you
// are at stall X") is what staff see.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { isUuid } from "@/lib/uuid";

export interface WishPlace {
  marketDay: { id: string; slug: string; title: string; titleEn: string | null; startsAt: Date; endsAt: Date };
  /** `key` is the recurring stall's key, to find it at a later market day. */
  stall: { id: string; number: number; key: string; name: string; nameEn: string | null } | null;
}

const VISIBLE: MarketDayStatus[] = ["PUBLISHED", "CANCELLED"];

/**
 * The public market day for `marketDaySlug` and, when given, its stall `stallId`.
 * A link whose parts do not fit together (a stall of another market day, an
 * unknown slug or id, a draft) resolves to as much as is certain, or to null:
 * a stale poster must never cost the resident their wish, nor file it under the
 * wrong stall. A stall id alone (no slug) is accepted with its own market day.
 */
export async function resolveWishPlace(
  marketDaySlug?: string | null,
  stallId?: string | null,
): Promise<WishPlace | null> {
  const community = { slug: publicCommunitySlug() };
  const marketDaySelect = { id: true, slug: true, title: true, titleEn: true, startsAt: true, endsAt: true } as const;
  const stallSelect = { id: true, number: true, key: true, name: true, nameEn: true } as const;
  const validStallId = stallId && isUuid(stallId) ? stallId : null;

  if (!marketDaySlug) {
    if (!validStallId) return null;
    const stall = await db.stall.findFirst({
      where: { id: validStallId, community, marketDay: { status: { in: VISIBLE } } },
      select: { ...stallSelect, marketDay: { select: marketDaySelect } },
    });
    if (!stall) return null;
    const { marketDay, ...rest } = stall;
    return { marketDay, stall: rest };
  }

  const marketDay = await db.marketDay.findFirst({
    where: { community, slug: marketDaySlug, status: { in: VISIBLE } },
    select: marketDaySelect,
  });
  if (!marketDay) return null;
  const stall = validStallId
    ? await db.stall.findFirst({
        where: { id: validStallId, marketDayId: marketDay.id },
        select: stallSelect,
      })
    : null;
  return { marketDay, stall };
}

/** The same, cached for the form page (a poster's QR code is scanned many times). */
export async function getWishPlace(marketDaySlug: string | null, stallId: string | null): Promise<WishPlace | null> {
  "use cache";
  cacheTag(cacheTags.marketDays);
  if (stallId && isUuid(stallId)) cacheTag(cacheTags.stall(stallId));
  cacheLife("hours");
  const place = await resolveWishPlace(marketDaySlug, stallId);
  if (place) cacheTag(cacheTags.marketDay(place.marketDay.id));
  return place;
}
