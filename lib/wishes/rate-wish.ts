// 回访: the resident rates a settled wish 1–5, once per settlement. A rating of 2
// or lower reopens it for staff, with the comment, in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { applyTransition, StaleWishError } from "./apply-transition";
import { isValidRating, ratingReopensWish, WishTransitionError } from "./lifecycle";
import { RATING_COMMENT_MAX } from "./track-form";
import { loadWishForResident } from "./track-wish";

export type RateOutcome = "rated" | "reopened" | "not-found" | "not-ratable" | "invalid";

const COMMENT_MAX = RATING_COMMENT_MAX;

export async function rateWish(input: {
  code: string;
  last4: string;
  rating: number;
  comment: string;
}): Promise<RateOutcome> {
  if (!isValidRating(input.rating)) return "invalid";
  const comment = input.comment.trim().slice(0, COMMENT_MAX);
  const found = await loadWishForResident(input.code, input.last4);
  if (!found) return "not-found";
  const wish = found.view;
  if (!wish.canRate) return "not-ratable";
  const at = new Date();
  const reopen = ratingReopensWish(input.rating);
  let notifications: string[] = [];
  try {
    notifications = await db.$transaction(async (tx) => {
      const rated = await applyTransition(tx, {
        wishId: wish.id,
        // The version the resident saw: a second tab or a double tap that arrives
        // after the first rating committed finds a newer version and is refused,
        // instead of recording a second rating for the same settlement.
        expectedVersion: found.version,
        action: "RATE",
        actor: { type: "RESIDENT" },
        fields: { satisfaction: input.rating, satisfactionComment: comment || undefined },
        at,
      });
      if (!reopen) return rated.notifications;
      const reopened = await applyTransition(tx, {
        wishId: wish.id,
        expectedVersion: null,
        action: "REOPEN",
        actor: { type: "SYSTEM" },
        // Staff see why; the resident's own words come back to them as the reason.
        fields: { internalNote: `满意度 ${input.rating}/5${comment ? `：${comment}` : ""}` },
        at: new Date(at.getTime() + 1),
      });
      return [...rated.notifications, ...reopened.notifications];
    });
  } catch (error) {
    // Rated twice at once, or changed by staff meanwhile: the page reloads the state.
    if (error instanceof StaleWishError || error instanceof WishTransitionError) return "not-ratable";
    throw error;
  }
  notifyAfterCommit(notifications);
  invalidatePublicContent({ wishes: true });
  return reopen ? "reopened" : "rated";
}
