// Staff's steps on a referral (issue 14): re-route it (改派), decide a unit's
// extension request, and let the unit see the resident's contact details. Each
// is one transition of the wish (lib/wishes/lifecycle.ts) through runTriage: the
// permission, the community, one transaction with the referral's conditional
// update (lib/referrals/record-referral-step.ts) and the WishEvent.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { fieldActionError } from "@/lib/forms/action-error";
import { referrableBy } from "@/lib/organizations/referrable-units";
import { runTriage, type TriageInput } from "@/lib/wishes/triage-transition";

export function rerouteReferral(
  actor: Actor | null,
  input: TriageInput<{ referralOrgId: string; referralDueAt: Date; publicNote?: string; internalNote?: string }>,
) {
  const { wishId, expectedVersion, ...fields } = input;
  return runTriage(actor, {
    wishId,
    expectedVersion,
    action: "REROUTE",
    fields,
    async prepare(tx, wish) {
      const org = await tx.organization.findFirst({
        // The same units as a first referral: the community's own and its subdistrict's.
        where: { id: fields.referralOrgId, OR: referrableBy(wish.communityId) },
        select: { id: true },
      });
      if (!org) throw fieldActionError("referralOrgId", "adminWishes.errors.orgNotFound");
    },
  });
}

export function approveExtension(
  actor: Actor | null,
  input: TriageInput<{ referralDueAt: Date; publicNote: string; internalNote?: string }>,
) {
  const { wishId, expectedVersion, ...fields } = input;
  return runTriage(actor, { wishId, expectedVersion, action: "APPROVE_EXTENSION", fields, onOpenReferral: true });
}

export function refuseExtension(actor: Actor | null, input: TriageInput<{ internalNote: string }>) {
  const { wishId, expectedVersion, ...fields } = input;
  return runTriage(actor, { wishId, expectedVersion, action: "REFUSE_EXTENSION", fields, onOpenReferral: true });
}

/** Contact details are personal data: the grant needs the reveal permission too, and is audited. */
export async function grantContact(actor: Actor | null, input: TriageInput<{ internalNote?: string }>) {
  assertCan(actor, "wish.revealContact");
  const { wishId, expectedVersion, ...fields } = input;
  return runTriage(actor, {
    wishId,
    expectedVersion,
    action: "GRANT_CONTACT",
    fields,
    onOpenReferral: true,
    // In the transition's transaction: the grant and its audit entry land together.
    prepare: (tx, wish) =>
      recordAudit(
        {
          communityId: wish.communityId,
          actorId: actor.id,
          action: "referral.grantContact",
          subjectType: "Wish",
          subjectId: wish.id,
        },
        tx,
      ),
  });
}
