// One rating of a settled wish, inside the caller's transaction: RATE, and after
// a low rating a SYSTEM REOPEN with the rating as its reason. The resident's own
// rating (./rate-wish.ts) and a staff follow-up call (lib/follow-up/record-follow-up.ts)
// both come here, so an unsatisfied resident reopens the wish the same way
// whoever wrote the rating down.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { RatingSource } from "@/lib/db/generated/enums";
import { applyTransition } from "./apply-transition";
import { ratingReopensWish } from "./lifecycle";

export interface RatingRequest {
  wishId: string;
  /** The version the rater saw; a newer one means someone rated or changed it meanwhile. */
  expectedVersion: number;
  rating: number;
  comment?: string;
  source: RatingSource;
  /** Staff on a follow-up call are named on the event; residents are not. */
  staffId?: string;
  at: Date;
}

export interface RatingResult {
  /** Whether the rating reopened the wish. */
  reopened: boolean;
  /** Outbox rows of the events (the REOPEN message): for notifyAfterCommit after the commit. */
  notifications: string[];
}

export async function applyRating(tx: Prisma.TransactionClient, request: RatingRequest): Promise<RatingResult> {
  const { wishId, rating, comment, source, staffId, at } = request;
  const rated = await applyTransition(tx, {
    wishId,
    expectedVersion: request.expectedVersion,
    action: "RATE",
    actor: staffId ? { type: "STAFF", staffId } : { type: "RESIDENT" },
    fields: { satisfaction: rating, satisfactionComment: comment || undefined, ratingSource: source },
    at,
  });
  await rateAnsweringUnit(tx, wishId, rating);
  if (!ratingReopensWish(rating)) return { reopened: false, notifications: rated.notifications };
  const prefix = source === "FOLLOW_UP_CALL" ? "回访满意度" : "满意度";
  const reopen = await applyTransition(tx, {
    wishId,
    expectedVersion: null,
    action: "REOPEN",
    actor: { type: "SYSTEM" },
    // Staff see why; the resident's own words come back to them as the reason.
    fields: { internalNote: `${prefix} ${rating}/5${comment ? `：${comment}` : ""}` },
    at: new Date(at.getTime() + 1),
  });
  return { reopened: true, notifications: [...rated.notifications, ...reopen.notifications] };
}

/**
 * The unit whose answer settled the wish gets the rating too: its satisfaction
 * figure (lib/reports/unit-figures.ts) reads it from its referral. A wish staff
 * settled themselves (after a return, or after reopening) rates no unit.
 */
async function rateAnsweringUnit(tx: Prisma.TransactionClient, wishId: string, rating: number): Promise<void> {
  const wish = await tx.wish.findUnique({ where: { id: wishId }, select: { settledAt: true } });
  if (!wish?.settledAt) return;
  await tx.referral.updateMany({
    where: { wishId, status: "ANSWERED", answeredAt: { gte: wish.settledAt } },
    data: { satisfaction: rating },
  });
}
