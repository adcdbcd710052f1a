// Staff erase a resident's personal data on request (PIPL art. 47). "contact"
// clears every personal column (lib/privacy/personal-columns.ts) and keeps the
// wish text, which the reports and the reply still need. "all" also empties the
// text and takes the wish off the public wall: a resident may have written their
// name, illness or address into it, and only they know. One transaction: the
// ERASE_CONTACT event (conditional on the form's version), the erasure, and an
// audit row with the fields erased and the request reference, never the data.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { ERASED_PERSONAL_DATA, filledPersonalColumns, PERSONAL_SELECT } from "@/lib/privacy/personal-columns";
import { applyTransition, type TransitionResult } from "./apply-transition";
import type { EraseContactInput } from "./contact-request-schemas";
import { WishNotFoundError } from "./triage-transition";

export async function eraseContact(actor: Actor | null, input: EraseContactInput): Promise<TransitionResult> {
  assertCan(actor, "wish.editContact");
  const wish = await db.wish.findUnique({ where: { id: input.wishId }, select: { id: true, communityId: true } });
  if (!wish) throw new WishNotFoundError();
  assertCan(actor, "wish.editContact", wish);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.wish.findUniqueOrThrow({ where: { id: wish.id }, select: PERSONAL_SELECT });
    const transition = await applyTransition(tx, {
      wishId: wish.id,
      expectedVersion: input.expectedVersion,
      action: "ERASE_CONTACT",
      actor: { type: "STAFF", staffId: actor.id },
    });
    await tx.wish.update({
      where: { id: wish.id },
      data: {
        ...ERASED_PERSONAL_DATA,
        ...(input.scope === "all"
          ? { content: "", wallText: null, isPublic: false, wallStatus: "HIDDEN" as const }
          : {}),
      },
    });
    await recordAudit(
      {
        action: "wish.eraseContact",
        communityId: wish.communityId,
        actorId: actor.id,
        subjectType: "wish",
        subjectId: wish.id,
        detail: {
          scope: input.scope,
          fields: [...filledPersonalColumns(before), ...(input.scope === "all" ? ["content"] : [])],
          reference: input.reference,
        },
      },
      tx,
    );
    return transition;
  });
  // ERASE_CONTACT sends nothing today; wired so a future kind cannot be forgotten.
  notifyAfterCommit(result.notifications);
  // The wish text may have been on the wall.
  if (input.scope === "all") invalidatePublicContent({ wall: true });
  return result;
}
