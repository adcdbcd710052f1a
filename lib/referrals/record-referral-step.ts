// The referral side of one transition, inside its transaction (called by
// lib/wishes/apply-transition.ts): REFER and REROUTE open a new Referral and
// withdraw any other open one; a unit's or staff's referral step updates the
// referral it names, conditionally on the shape the step needs (a second tab
// that answers an already answered referral writes nothing); a wish that leaves
// REFERRED any other way (staff settle or escalate it) withdraws its referral,
// so no unit keeps a live link to a wish that moved on.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { StaffAlertKind, WishAction, WishStatus } from "@/lib/db/generated/enums";
import { ActionError } from "@/lib/forms/action-error";
import {
  CLOSING_STATUS,
  OPEN_REFERRAL_STATUSES,
  REFERRAL_PRECONDITIONS,
  isReferralStep,
  type ReferralStep,
} from "./referral-steps";

/** The referral is not in the shape the step needs: the page was stale. */
export class StaleReferralError extends ActionError {
  constructor() {
    super("forms.errors.stale");
    this.name = "StaleReferralError";
  }
}

export interface ReferralStepInput {
  action: WishAction;
  wish: { id: string; communityId: string };
  from: WishStatus;
  to: WishStatus;
  sequence: number;
  at: Date;
  referralId?: string;
  staffId?: string;
  fields: {
    referralOrgId?: string;
    referralDueAt?: Date;
    extensionUntil?: Date;
    internalNote?: string;
  };
}

const STAFF_ALERT_OF: Partial<Record<WishAction, StaffAlertKind>> = {
  RETURN_REFERRAL: "REFERRAL_RETURNED",
  REQUEST_EXTENSION: "EXTENSION_REQUESTED",
};

function stepData(step: ReferralStep, input: ReferralStepInput): Prisma.ReferralUpdateManyMutationInput {
  const { at, fields } = input;
  const closing = CLOSING_STATUS[step];
  switch (step) {
    case "ACCEPT_REFERRAL":
      return { status: "ACCEPTED", acceptedAt: at };
    case "ANSWER_REFERRAL":
      return { status: closing, answeredAt: at, closedAt: at };
    case "RETURN_REFERRAL":
      return { status: closing, returnedAt: at, closedAt: at, returnReason: fields.internalNote ?? null };
    case "REQUEST_EXTENSION":
      return {
        extensionRequestedAt: at,
        extensionUntil: fields.extensionUntil ?? null,
        extensionReason: fields.internalNote ?? null,
      };
    case "APPROVE_EXTENSION":
      return {
        dueAt: fields.referralDueAt,
        extensionsGranted: { increment: 1 },
        extensionRequestedAt: null,
        extensionUntil: null,
        extensionReason: null,
      };
    case "REFUSE_EXTENSION":
      return { extensionRequestedAt: null, extensionUntil: null, extensionReason: null };
    case "GRANT_CONTACT":
      return { contactGrantedAt: at, contactGrantedById: input.staffId ?? null };
  }
}

function whereFor(step: ReferralStep, input: ReferralStepInput, referralId: string): Prisma.ReferralWhereInput {
  const rule = REFERRAL_PRECONDITIONS[step];
  return {
    id: referralId,
    wishId: input.wish.id,
    status: { in: [...rule.statuses] },
    ...(rule.extensionPending === undefined
      ? {}
      : { extensionRequestedAt: rule.extensionPending ? { not: null } : null }),
    ...(rule.contactGranted === false ? { contactGrantedAt: null } : {}),
  };
}

async function withdrawOpen(tx: Prisma.TransactionClient, wishId: string, at: Date) {
  await tx.referral.updateMany({
    where: { wishId, status: { in: [...OPEN_REFERRAL_STATUSES] } },
    data: { status: "WITHDRAWN", closedAt: at },
  });
}

/** Returns the referral the event belongs to, if any. */
export async function recordReferralStep(
  tx: Prisma.TransactionClient,
  input: ReferralStepInput,
): Promise<string | null> {
  const { action, wish, at } = input;
  if ((action === "REFER" || action === "REROUTE") && input.fields.referralOrgId) {
    await withdrawOpen(tx, wish.id, at);
    const created = await tx.referral.create({
      data: {
        wishId: wish.id,
        communityId: wish.communityId,
        organizationId: input.fields.referralOrgId,
        dueAt: input.fields.referralDueAt!,
        sentAt: at,
      },
      select: { id: true },
    });
    return created.id;
  }
  if (isReferralStep(action)) {
    if (!input.referralId) throw new StaleReferralError();
    const updated = await tx.referral.updateMany({
      where: whereFor(action, input, input.referralId),
      data: stepData(action, input),
    });
    if (updated.count !== 1) throw new StaleReferralError();
    const alert = STAFF_ALERT_OF[action];
    if (alert) {
      // Staff hear of it through the alert job (lib/staff-alerts), keyed per event.
      await tx.staffAlert.create({
        data: {
          communityId: wish.communityId,
          kind: alert,
          wishId: wish.id,
          dedupeKey: `${alert}:${wish.id}:${input.sequence}`,
        },
      });
    }
    return input.referralId;
  }
  // Left REFERRED by any other road (staff settled, escalated): the unit's part ends.
  if (input.from === "REFERRED" && input.to !== "REFERRED") await withdrawOpen(tx, wish.id, at);
  return null;
}
