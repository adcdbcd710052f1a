// 转办: to a partner unit of the community or to a named department, with a due
// date. The unit must belong to the actor's community; a unit id from another
// community is refused like an unknown one.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { TriageInputError, runTriage } from "./triage-transition";

export interface ReferWishInput {
  wishId: string;
  expectedVersion: number;
  referralOrgId?: string;
  referralDepartment?: string;
  referralDueAt: Date;
  publicNote?: string;
  internalNote?: string;
}

export function referWish(actor: Actor | null, input: ReferWishInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "REFER",
    fields: {
      referralOrgId: input.referralOrgId,
      referralDepartment: input.referralDepartment,
      referralDueAt: input.referralDueAt,
      publicNote: input.publicNote,
      internalNote: input.internalNote,
    },
    async prepare(tx, wish) {
      if (!input.referralOrgId) return;
      const org = await tx.organization.findFirst({
        where: { id: input.referralOrgId, communityId: wish.communityId },
        select: { id: true },
      });
      if (!org) throw new TriageInputError("referralOrgId", "errors.orgNotFound");
    },
  });
}
