// Similar wishes (issue 14 part 5): when staff open a wish they see up to five
// wishes of the same community from the 90 days around it that read alike, or
// come from the same building in the same category, so a repeat is merged in one
// click (合并办理) instead of answered twice.
//
// Two index-backed candidate lists, then one scoring pass over at most 30 rows:
// - by text: the wishes of the window nearest in time (the community/createdAt
//   index), ranked by trigram similarity; pg_trgm works on Chinese (it hashes
//   multibyte trigrams). A GiST trigram index ordering by distance was measured
//   first and read the whole index at a million wishes (380 ms): its lossy
//   signatures cannot prune short Chinese texts;
// - by place: same building (keyed hash, nothing decrypted) and same category,
//   newest first, on the (communityId, buildingHash, createdAt) index.
// Merged wishes (DUPLICATE) are left out: their original is the one to merge into.
import "server-only";
import { db } from "@/lib/db/client";
import type { WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { isSimilarEnough, similarityScore } from "./similar-score";

export const SIMILAR_LIMIT = 5;
const SIMILAR_WINDOW_DAYS = 90;
const TEXT_CANDIDATES = 20;
/**
 * Texts compared on each side of the wish, nearest in time first. A community
 * like Yuandong gets a few hundred wishes in 90 days, so this is the whole
 * window; a far busier one (over 1,000 a side) has its window cut to the 1,000
 * wishes either side, which keeps the page's query at a bounded cost.
 */
const NEAREST_IN_TIME = 1_000;
const PLACE_CANDIDATES = 10;
const DAY_MS = 86_400_000;

export interface SimilarWish {
  id: string;
  trackingCode: string;
  status: WishStatus;
  kind: WishKind;
  category: WishCategory | null;
  createdAt: Date;
  /** The first words of the text, for the list. */
  excerpt: string;
  /** pg_trgm similarity of the two texts, 0…1. */
  textSimilarity: number;
  sameCategory: boolean;
  sameBuilding: boolean;
  /** Residents who said "me too" on the wall. */
  supportCount: number;
}

interface ScoredRow {
  id: string;
  trackingCode: string;
  status: WishStatus;
  kind: WishKind;
  category: WishCategory | null;
  createdAt: Date;
  excerpt: string;
  textSimilarity: number;
  buildingHash: string | null;
  supportCount: number;
}

export async function findSimilarWishes(actor: Actor | null, wishId: string): Promise<SimilarWish[]> {
  assertCan(actor, "wish.view");
  const wish = await db.wish.findUnique({
    where: { id: wishId },
    select: { id: true, communityId: true, content: true, category: true, buildingHash: true, createdAt: true },
  });
  if (!wish) return [];
  assertCan(actor, "wish.view", wish);
  // An erased text (PIPL erasure) has nothing to compare.
  if (!wish.content && !wish.buildingHash) return [];
  const from = new Date(wish.createdAt.getTime() - SIMILAR_WINDOW_DAYS * DAY_MS);
  const to = new Date(wish.createdAt.getTime() + SIMILAR_WINDOW_DAYS * DAY_MS);

  const [byText, byPlace] = await Promise.all([
    wish.content
      ? db.$queryRaw<{ id: string }[]>`
          SELECT id FROM (
            (SELECT id, content FROM "Wish"
              WHERE "communityId" = ${wish.communityId}::uuid AND id <> ${wish.id}::uuid
                AND "createdAt" >= ${from} AND "createdAt" <= ${wish.createdAt}
                AND status <> 'DUPLICATE' AND content <> ''
              ORDER BY "createdAt" DESC LIMIT ${NEAREST_IN_TIME}::int)
            UNION ALL
            (SELECT id, content FROM "Wish"
              WHERE "communityId" = ${wish.communityId}::uuid AND id <> ${wish.id}::uuid
                AND "createdAt" > ${wish.createdAt} AND "createdAt" <= ${to}
                AND status <> 'DUPLICATE' AND content <> ''
              ORDER BY "createdAt" ASC LIMIT ${NEAREST_IN_TIME}::int)
          ) nearby
          ORDER BY similarity(content, ${wish.content}) DESC
          LIMIT ${TEXT_CANDIDATES}::int`
      : Promise.resolve([]),
    wish.buildingHash && wish.category
      ? db.wish.findMany({
          where: {
            communityId: wish.communityId,
            buildingHash: wish.buildingHash,
            category: wish.category,
            id: { not: wish.id },
            createdAt: { gte: from, lte: to },
            status: { not: "DUPLICATE" },
          },
          orderBy: { createdAt: "desc" },
          take: PLACE_CANDIDATES,
          select: { id: true },
        })
      : Promise.resolve([]),
  ]);
  const ids = [...new Set([...byText, ...byPlace].map((r) => r.id))];
  if (ids.length === 0) return [];

  const rows = await db.$queryRaw<ScoredRow[]>`
    SELECT id, "trackingCode", status, kind, category, "createdAt", left(content, 140) AS "excerpt",
           similarity(content, ${wish.content})::float8 AS "textSimilarity", "buildingHash", "supportCount"
      FROM "Wish" WHERE id = ANY(${ids}::uuid[])`;
  return rows
    .map(({ buildingHash, ...row }): SimilarWish => ({
      ...row,
      sameCategory: row.category !== null && row.category === wish.category,
      sameBuilding: buildingHash !== null && buildingHash === wish.buildingHash,
    }))
    .filter(isSimilarEnough)
    .sort((a, b) => similarityScore(b) - similarityScore(a) || b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, SIMILAR_LIMIT);
}
