// 合并办理: the wish becomes a duplicate of an earlier one of the same community,
// and the original's reply reaches both (the tracking page reads it through
// duplicateOf). Duplicates are kept one level deep, so there is never a chain or
// a loop to follow:
// - a target that is itself a duplicate is replaced by its original;
// - a wish that others were merged into cannot become a duplicate itself (their
//   residents would lose the reply they follow).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { fieldActionError } from "@/lib/forms/action-error";
import { normalizeTrackingCode } from "./tracking-code";
import { runTriage, type TriageInput } from "./triage-transition";

export type MarkDuplicateInput = TriageInput<{
  /** The original's tracking code as staff typed it (spaces and hyphens forgiven). */
  originalCode: string;
  internalNote?: string;
}>;

export function markDuplicate(actor: Actor | null, input: MarkDuplicateInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "MARK_DUPLICATE",
    fields: { internalNote: input.internalNote },
    async prepare(tx, wish) {
      const code = normalizeTrackingCode(input.originalCode);
      if (!code) throw fieldActionError("originalCode", "adminWishes.errors.originalNotFound");
      const target = await tx.wish.findFirst({
        where: { trackingCode: code, communityId: wish.communityId },
        select: { id: true, status: true, duplicateOfId: true },
      });
      if (!target) throw fieldActionError("originalCode", "adminWishes.errors.originalNotFound");
      const originalId = target.status === "DUPLICATE" && target.duplicateOfId ? target.duplicateOfId : target.id;
      if (originalId === wish.id) throw fieldActionError("originalCode", "adminWishes.errors.duplicateSelf");
      const merged = await tx.wish.count({ where: { duplicateOfId: wish.id } });
      if (merged > 0) throw fieldActionError("originalCode", "adminWishes.errors.hasDuplicates");
      return { duplicateOfId: originalId };
    },
  });
}
