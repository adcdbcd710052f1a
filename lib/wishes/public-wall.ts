// The public wall (/wishes): wishes whose residents ticked "public" AND staff
// approved (lib/wishes/moderate-wall.ts), with nothing personal: content (staff's
// redacted text when they wrote one), kind, category, state, date, place and the
// official reply. Cached under the wish-figures tag, which every wish change
// revalidates (lib/cache/invalidate-public-content.ts).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";
import { WALL_PAGE_SIZE, type WallCursor, type WallFilter } from "./wall-filter";

export interface PublicWish {
  /** For list keys, the cursor and the "me too" form (a random id, nothing personal). */
  id: string;
  kind: WishKind;
  /** Null until staff categorise it (residents may leave it to them). */
  category: WishCategory | null;
  status: WishStatus;
  content: string;
  createdAt: Date;
  marketDay: { slug: string; title: string; titleEn: string | null } | null;
  stall: { number: number; name: string; nameEn: string | null } | null;
  /** The official reply; for a merged wish, the reply of the wish it joined. */
  reply: string | null;
  /** Residents who said "me too" (我也是), one per device. */
  supportCount: number;
}

export interface PublicWishPage {
  wishes: PublicWish[];
  /** Cursor of the next page, or null on the last one. */
  next: WallCursor | null;
}

/** The wishes the wall shows (for one market day, or all). */
export function wallWhere(marketDay: string | null): Prisma.WishWhereInput {
  return {
    community: { slug: publicCommunitySlug() },
    isPublic: true,
    // Nothing a resident wrote goes public unreviewed.
    wallStatus: "APPROVED",
    // A wish tied to a market day that is not (or no longer) public stays off the wall.
    OR: [{ marketDayId: null }, { marketDay: { status: { in: ["PUBLISHED", "CANCELLED"] } } }],
    ...(marketDay ? { marketDay: { slug: marketDay, status: { in: ["PUBLISHED", "CANCELLED"] } } } : {}),
  };
}

/** One page of the wall, newest first, keyset-paginated on (createdAt, id). */
export async function listPublicWishes(filter: WallFilter): Promise<PublicWishPage> {
  "use cache";
  cacheTag(cacheTags.wishFigures);
  cacheLife("minutes");
  const after = filter.after ? new Date(filter.after.at) : null;
  const rows = await db.wish.findMany({
    where: {
      ...wallWhere(filter.marketDay),
      ...(filter.state ? { status: filter.state } : {}),
      ...(after && filter.after
        ? { AND: [{ OR: [{ createdAt: { lt: after } }, { createdAt: after, id: { lt: filter.after.id } }] }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: WALL_PAGE_SIZE + 1,
    // An explicit list: a new personal column added to Wish can never leak here.
    select: {
      id: true,
      kind: true,
      category: true,
      status: true,
      content: true,
      wallText: true,
      createdAt: true,
      publicReply: true,
      supportCount: true,
      marketDay: { select: { slug: true, title: true, titleEn: true } },
      stall: { select: { number: true, name: true, nameEn: true } },
      duplicateOf: { select: { publicReply: true } },
    },
  });
  const page = rows.slice(0, WALL_PAGE_SIZE);
  const last = page.at(-1);
  return {
    wishes: page.map(({ publicReply, duplicateOf, wallText, ...wish }) => ({
      ...wish,
      content: wallText ?? wish.content,
      reply: wish.status === "DUPLICATE" ? (duplicateOf?.publicReply ?? null) : publicReply,
    })),
    next: rows.length > WALL_PAGE_SIZE && last ? { at: last.createdAt.getTime(), id: last.id } : null,
  };
}

export type WallCounts = Record<WishStatus, number> & { total: number };

/** Public wishes per state (for the chosen market day, whatever the state filter). */
export async function countPublicWishes(marketDay: string | null): Promise<WallCounts> {
  "use cache";
  cacheTag(cacheTags.wishFigures);
  cacheLife("minutes");
  const groups = await db.wish.groupBy({ by: ["status"], where: wallWhere(marketDay), _count: { _all: true } });
  const counts: WallCounts = {
    SUBMITTED: 0,
    REFERRED: 0,
    ESCALATED: 0,
    DECIDED: 0,
    SETTLED: 0,
    REOPENED: 0,
    DUPLICATE: 0,
    total: 0,
  };
  for (const group of groups) {
    counts[group.status] = group._count._all;
    counts.total += group._count._all;
  }
  return counts;
}

export interface WallMarketDay {
  slug: string;
  title: string;
  titleEn: string | null;
  startsAt: Date;
}

/** Market days that have public wishes, latest first: the filter's choices. */
export async function listWallMarketDays(): Promise<WallMarketDay[]> {
  "use cache";
  cacheTag(cacheTags.wishFigures, cacheTags.marketDays);
  cacheLife("minutes");
  return db.marketDay.findMany({
    where: {
      community: { slug: publicCommunitySlug() },
      status: { in: ["PUBLISHED", "CANCELLED"] },
      wishes: { some: { isPublic: true, wallStatus: "APPROVED" } },
    },
    orderBy: { startsAt: "desc" },
    select: { slug: true, title: true, titleEn: true, startsAt: true },
  });
}
