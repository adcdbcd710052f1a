// 转办: to a partner unit of the community or to a named department, with a due
// date. The unit must belong to the actor's community, or serve the whole
// subdistrict the community is in (issue 14 §4); a unit id from anywhere else
// is refused like an unknown one.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { fieldActionError } from "@/lib/forms/action-error";
import { referrableBy } from "@/lib/organizations/referrable-units";
import { runTriage, type TriageInput } from "./triage-transition";

export type ReferWishInput = TriageInput<{
  referralOrgId?: string;
  referralDepartment?: string;
  referralDueAt: Date;
  publicNote?: string;
  internalNote?: string;
}>;

export function referWish(actor: Actor | null, input: ReferWishInput) {
  const { wishId, expectedVersion, ...fields } = input;
  return runTriage(actor, {
    wishId,
    expectedVersion,
    action: "REFER",
    fields,
    async prepare(tx, wish) {
      if (!fields.referralOrgId) return;
      const org = await tx.organization.findFirst({
        where: { id: fields.referralOrgId, OR: referrableBy(wish.communityId) },
        select: { id: true },
      });
      if (!org) throw fieldActionError("referralOrgId", "adminWishes.errors.orgNotFound");
    },
  });
}
