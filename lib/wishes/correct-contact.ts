// Staff correct a resident's contact details on the resident's request (PIPL
// art. 46). One transaction: the CORRECT_CONTACT event (conditional on the
// version the form saw, so a stale form writes nothing), the new encrypted
// values, and an audit row naming the fields and the request, never the values.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { buildingLookupHash, encryptPersonal, phoneLookupHash } from "@/lib/privacy/personal-data";
import { applyTransition, type TransitionResult } from "./apply-transition";
import { CONTACT_FIELDS, type CorrectContactInput } from "./contact-request-schemas";
import { WishNotFoundError } from "./triage-transition";

export async function correctContact(actor: Actor | null, input: CorrectContactInput): Promise<TransitionResult> {
  assertCan(actor, "wish.editContact");
  const wish = await db.wish.findUnique({
    where: { id: input.wishId },
    select: { id: true, communityId: true, consentAt: true },
  });
  if (!wish) throw new WishNotFoundError();
  assertCan(actor, "wish.editContact", wish);
  const fields = CONTACT_FIELDS.filter((field) => input[field] !== undefined);
  const sealed = (value: string | undefined) => (value === undefined ? undefined : encryptPersonal(value));
  const result = await db.$transaction(async (tx) => {
    const transition = await applyTransition(tx, {
      wishId: wish.id,
      expectedVersion: input.expectedVersion,
      action: "CORRECT_CONTACT",
      actor: { type: "STAFF", staffId: actor.id },
    });
    await tx.wish.update({
      where: { id: wish.id },
      data: {
        nameEnc: sealed(input.name),
        phoneEnc: sealed(input.phone),
        phoneLast4: input.phone?.slice(-4),
        phoneHash: input.phone === undefined ? undefined : phoneLookupHash(input.phone),
        buildingEnc: sealed(input.building),
        buildingHash: input.building === undefined ? undefined : buildingLookupHash(input.building),
        pickupAddressEnc: sealed(input.pickupAddress),
        destinationEnc: sealed(input.destination),
        // The resident gave these details to staff in person: that is their consent,
        // and a wish submitted anonymously is no longer anonymous.
        anonymous: false,
        consentAt: wish.consentAt ?? new Date(),
      },
    });
    await recordAudit(
      {
        action: "wish.correctContact",
        communityId: wish.communityId,
        actorId: actor.id,
        subjectType: "wish",
        subjectId: wish.id,
        detail: { fields, reference: input.reference },
      },
      tx,
    );
    return transition;
  });
  // CORRECT_CONTACT sends nothing today; wired so a future kind cannot be forgotten.
  notifyAfterCommit(result.notifications);
  return result;
}
