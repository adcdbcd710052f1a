// Staff record the outcome of a follow-up call (回访), in one transaction: a
// rating 1–5 (RATE by STAFF, ratingSource FOLLOW_UP_CALL; a low one reopens the
// wish exactly as a resident's own rating does, lib/wishes/apply-rating.ts), or
// "could not reach" (FOLLOW_UP_UNREACHED), which keeps the wish in the queue
// until the attempt limit. The wish row is locked while checking, so two staff
// calling the same resident cannot both record.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { applyRating } from "@/lib/wishes/apply-rating";
import { applyTransition } from "@/lib/wishes/apply-transition";
import { WishNotFoundError } from "@/lib/wishes/triage-transition";
import { isFollowUpOpen } from "./follow-up-queue";
import type { RecordFollowUpInput } from "./follow-up-schema";

export type FollowUpResult = "rated" | "reopened" | "unreached";

/** Rated, reopened or given up on meanwhile: the queue has moved on. */
export class FollowUpClosedError extends ActionError {
  constructor() {
    super("adminFollowUp.errors.closed");
    this.name = "FollowUpClosedError";
  }
}

export async function recordFollowUp(
  actor: Actor | null,
  input: RecordFollowUpInput,
  at = new Date(),
): Promise<FollowUpResult> {
  assertCan(actor, "wish.followUp");
  const wish = await db.wish.findUnique({ where: { id: input.wishId }, select: { id: true, communityId: true } });
  if (!wish) throw new WishNotFoundError();
  assertCan(actor, "wish.followUp", wish);
  const { result, notifications } = await db.$transaction(
    async (tx): Promise<{ result: FollowUpResult; notifications: string[] }> => {
      if (!(await isFollowUpOpen(tx, wish.id))) throw new FollowUpClosedError();
      if (input.outcome === "unreached") {
        const transition = await applyTransition(tx, {
          wishId: wish.id,
          expectedVersion: input.expectedVersion,
          action: "FOLLOW_UP_UNREACHED",
          actor: { type: "STAFF", staffId: actor.id },
          fields: { internalNote: input.note },
          at,
        });
        return { result: "unreached", notifications: transition.notifications };
      }
      const rating = await applyRating(tx, {
        wishId: wish.id,
        expectedVersion: input.expectedVersion,
        rating: Number(input.outcome),
        comment: input.note,
        source: "FOLLOW_UP_CALL",
        staffId: actor.id,
        at,
      });
      return { result: rating.reopened ? "reopened" : "rated", notifications: rating.notifications };
    },
  );
  notifyAfterCommit(notifications);
  // A reopened wish leaves the public figures' "settled" count.
  invalidatePublicContent({ wishes: true });
  return result;
}
