// 上报联席议事会: the wish joins an agenda item of a PLANNED meeting of the
// community: an existing, undecided item (several wishes about one problem share
// it) or a new one, created by lib/council in the same transaction as the
// ESCALATE, so an item never exists without its first wish.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { createCouncilItemInTx } from "@/lib/council/create-council-item";
import { CouncilNotFoundError } from "@/lib/council/council-errors";
import { fieldActionError } from "@/lib/forms/action-error";
import { runTriage, type TriageInput } from "./triage-transition";

export type EscalationTarget = { councilItemId: string } | { meetingId: string; topic: string };

export type EscalateWishInput = TriageInput<{
  target: EscalationTarget;
  publicNote?: string;
  internalNote?: string;
}>;

export function escalateWish(actor: Actor | null, input: EscalateWishInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "ESCALATE",
    fields: { publicNote: input.publicNote, internalNote: input.internalNote },
    async prepare(tx, wish) {
      const target = input.target;
      if ("councilItemId" in target) {
        const item = await tx.councilItem.findFirst({
          where: {
            id: target.councilItemId,
            decidedAt: null,
            meeting: { communityId: wish.communityId, status: "PLANNED" },
          },
          select: { id: true },
        });
        if (!item) throw fieldActionError("councilItemId", "adminWishes.errors.councilItemNotFound");
        return { councilItemId: item.id };
      }
      // Only a meeting still to be held takes new topics.
      const meeting = await tx.councilMeeting.findFirst({
        where: { id: target.meetingId, communityId: wish.communityId, status: "PLANNED" },
        select: { id: true },
      });
      if (!meeting) throw fieldActionError("meetingId", "adminWishes.errors.meetingNotFound");
      try {
        const item = await createCouncilItemInTx(tx, {
          meetingId: meeting.id,
          topic: target.topic,
          communityId: wish.communityId,
        });
        return { councilItemId: item.id };
      } catch (error) {
        if (error instanceof CouncilNotFoundError)
          throw fieldActionError("meetingId", "adminWishes.errors.meetingNotFound");
        throw error;
      }
    },
  });
}
