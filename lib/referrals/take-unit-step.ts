// A receiving unit's step on its referral (issue 14): accept (签收), answer,
// ask for more time (延期), send back (退单). One transition of the wish through
// the life-cycle table, in one transaction with the referral's conditional update
// and the WishEvent; the version the page saw must still be the wish's.
import "server-only";
import { db } from "@/lib/db/client";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { applyTransition, type TransitionFields } from "@/lib/wishes/apply-transition";
import type { UnitStep } from "./referral-steps";
import { unitAccess, type UnitCredential } from "./unit-access";

export interface UnitStepInput {
  referralId?: string;
  expectedVersion: number;
  step: UnitStep;
  fields: Pick<TransitionFields, "publicReply" | "internalNote" | "extensionUntil">;
}

export async function takeUnitStep(credential: UnitCredential, input: UnitStepInput) {
  // The access check read the referral already: its wish comes with it.
  const access = await unitAccess(credential, input.referralId);
  const result = await db.$transaction((tx) =>
    applyTransition(tx, {
      wishId: access.wishId,
      expectedVersion: input.expectedVersion,
      action: input.step,
      actor: { type: "UNIT", staffId: access.staffId ?? undefined },
      fields: input.fields,
      referralId: access.referralId,
    }),
  );
  notifyAfterCommit(result.notifications);
  // An answer settles the wish (the public figures and the wall move); every step
  // moves the unit's public figures.
  invalidatePublicContent({ wishes: true });
  return result;
}
