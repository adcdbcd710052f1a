// Records the council's decision on one agenda item and applies it to EVERY linked
// escalated wish: the decision becomes each wish's public reply, each moves
// ESCALATED → DECIDED (RECORD_COUNCIL_DECISION, 决定待落实) with its own WishEvent,
// and the item's due date shows on their tracking pages. All of it is one
// transaction: either every linked wish carries the decision or none does. Only a
// meeting that has taken place (HELD) can have decided anything.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldActionError } from "@/lib/forms/action-error";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { applyTransition, MissingFieldsError, StaleWishError } from "@/lib/wishes/apply-transition";
import { CouncilDecisionError, CouncilNotFoundError, invalidateCouncil } from "./council-errors";
import type { DecisionInput } from "./meeting-schema";

export interface CouncilDecisionResult {
  /** Wishes that were ESCALATED and are now DECIDED, with the decision as their reply. */
  decidedWishIds: string[];
  /**
   * Linked wishes left as they are: no longer waiting for the council (e.g. the
   * council's earlier view sent them to a unit, REFER from ESCALATED, or staff
   * settled them already). Their history keeps the link to the item.
   */
  skippedWishIds: string[];
}

export async function recordCouncilDecision(
  actor: Actor | null,
  input: DecisionInput,
  at = new Date(),
): Promise<CouncilDecisionResult> {
  assertCan(actor, "council.manage");
  const { notifications, ...result } = await decide(actor, input, at).catch((error: unknown) => {
    // The wishes' own errors speak of one wish and its reply field; this form
    // is about an item and has a "decision" field. Nothing was written.
    if (error instanceof StaleWishError) throw new CouncilDecisionError("stale");
    if (error instanceof MissingFieldsError) throw fieldActionError("decision", "adminCouncil.errors.decisionRequired");
    throw error;
  });
  notifyAfterCommit(notifications);
  invalidateCouncil({ wishes: result.decidedWishIds.length > 0 });
  return result;
}

function decide(
  actor: Actor,
  input: DecisionInput,
  at: Date,
): Promise<CouncilDecisionResult & { notifications: string[] }> {
  return db.$transaction(
    async (tx) => {
      // Lock the item: two secretaries submitting at once record one decision, and
      // an escalation in flight waits for (and then sees) the decided item.
      const items = await tx.$queryRaw<
        { id: string; communityId: string; decidedAt: Date | null; meetingStatus: string }[]
      >`
        SELECT i.id, m."communityId", i."decidedAt", m.status::text AS "meetingStatus"
        FROM "CouncilItem" i JOIN "CouncilMeeting" m ON m.id = i."meetingId"
        WHERE i.id = ${input.itemId}::uuid
        FOR UPDATE OF i`;
      const item = items[0];
      if (!item) throw new CouncilNotFoundError();
      assertCan(actor, "council.manage", { communityId: item.communityId });
      if (item.meetingStatus === "CANCELLED") throw new CouncilDecisionError("meetingCancelled");
      // A decision is made at a meeting: one still planned has made none.
      if (item.meetingStatus !== "HELD") throw new CouncilDecisionError("meetingNotHeld");
      if (item.decidedAt) throw new CouncilDecisionError("alreadyDecided");

      const linked = await tx.wish.findMany({
        where: { councilItemId: item.id, communityId: item.communityId },
        select: { id: true, status: true },
        orderBy: { createdAt: "asc" },
      });
      const escalated = linked.filter((w) => w.status === "ESCALATED");
      const notifications: string[] = [];
      for (const wish of escalated) {
        // expectedVersion null: the item is the unit of work. A wish changed by
        // someone else between the read and its update still fails (conditional
        // update on status+version) and rolls the whole decision back.
        const transition = await applyTransition(tx, {
          wishId: wish.id,
          expectedVersion: null,
          action: "RECORD_COUNCIL_DECISION",
          actor: { type: "STAFF", staffId: actor.id },
          fields: { publicReply: input.decision },
          at,
        });
        notifications.push(...transition.notifications);
      }
      await tx.councilItem.update({
        where: { id: item.id },
        data: { decision: input.decision, decisionEn: input.decisionEn, decidedAt: at, dueAt: input.dueOn },
      });
      return {
        decidedWishIds: escalated.map((w) => w.id),
        skippedWishIds: linked.filter((w) => w.status !== "ESCALATED").map((w) => w.id),
        notifications,
      };
    },
    // Default interactive timeout is 5 s; an item may group many wishes.
    { timeout: 30_000, maxWait: 10_000 },
  );
}
