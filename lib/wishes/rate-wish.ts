// 回访: the resident rates a settled wish 1–5, once per settlement. A rating of 2
// or lower reopens it for staff, with the comment, in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { StaleWishError } from "./apply-transition";
import { applyRating, type RatingResult } from "./apply-rating";
import { isValidRating, WishTransitionError } from "./lifecycle";
import { RATING_COMMENT_MAX } from "./track-form";
import { loadWishById, loadWishForResident } from "./track-wish";

export type RateOutcome = "rated" | "reopened" | "not-found" | "not-ratable" | "invalid";

const COMMENT_MAX = RATING_COMMENT_MAX;

/** How the resident proved the wish is theirs: the code and digits, or a signed link's wish id. */
export type RatingProof = { code: string; last4: string } | { wishId: string };

export async function rateWish(input: RatingProof & { rating: number; comment: string }): Promise<RateOutcome> {
  if (!isValidRating(input.rating)) return "invalid";
  const comment = input.comment.trim().slice(0, COMMENT_MAX);
  const found =
    "wishId" in input ? await loadWishById(input.wishId) : await loadWishForResident(input.code, input.last4);
  if (!found) return "not-found";
  const wish = found.view;
  if (!wish.canRate) return "not-ratable";
  let rating: RatingResult;
  try {
    rating = await db.$transaction((tx) =>
      applyRating(tx, {
        wishId: wish.id,
        // The version the resident saw: a second tab or a double tap that arrives
        // after the first rating committed finds a newer version and is refused,
        // instead of recording a second rating for the same settlement.
        expectedVersion: found.version,
        rating: input.rating,
        comment,
        source: "RESIDENT",
        at: new Date(),
      }),
    );
  } catch (error) {
    // Rated twice at once, or changed by staff meanwhile: the page reloads the state.
    if (error instanceof StaleWishError || error instanceof WishTransitionError) return "not-ratable";
    throw error;
  }
  notifyAfterCommit(rating.notifications);
  invalidatePublicContent({ wishes: true });
  return rating.reopened ? "reopened" : "rated";
}
