// How each step of a wish's life changes its referral (Referral rows, issue 14):
// pure data, read by lib/referrals/record-referral-step.ts inside the transition's
// transaction. The wish's own state change is the life-cycle table's
// (lib/wishes/lifecycle.ts); this table says which referral a step needs, what
// that referral must look like for the step to apply, and what it becomes.
import type { ReferralStatus, WishAction } from "../db/generated/enums";

/** Steps that name one referral of the wish (WishEvent.referralId). */
export const REFERRAL_STEPS = [
  "ACCEPT_REFERRAL",
  "ANSWER_REFERRAL",
  "REQUEST_EXTENSION",
  "APPROVE_EXTENSION",
  "REFUSE_EXTENSION",
  "RETURN_REFERRAL",
  "GRANT_CONTACT",
] as const satisfies readonly WishAction[];
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** Open: the unit still holds it, and its link works. */
export const OPEN_REFERRAL_STATUSES = ["SENT", "ACCEPTED"] as const satisfies readonly ReferralStatus[];

export function isReferralStep(action: WishAction): action is ReferralStep {
  return (REFERRAL_STEPS as readonly WishAction[]).includes(action);
}

/** What the referral must be for the step: anything else means the page was stale. */
export interface ReferralPrecondition {
  statuses: readonly ReferralStatus[];
  /** true: an extension request must be pending; false: none may be. */
  extensionPending?: boolean;
  /** false: contact not granted yet. */
  contactGranted?: boolean;
}

export const REFERRAL_PRECONDITIONS: Readonly<Record<ReferralStep, ReferralPrecondition>> = {
  ACCEPT_REFERRAL: { statuses: ["SENT"] },
  ANSWER_REFERRAL: { statuses: OPEN_REFERRAL_STATUSES },
  // One request at a time: staff answer it before the unit asks again.
  REQUEST_EXTENSION: { statuses: OPEN_REFERRAL_STATUSES, extensionPending: false },
  APPROVE_EXTENSION: { statuses: OPEN_REFERRAL_STATUSES, extensionPending: true },
  REFUSE_EXTENSION: { statuses: OPEN_REFERRAL_STATUSES, extensionPending: true },
  RETURN_REFERRAL: { statuses: OPEN_REFERRAL_STATUSES },
  GRANT_CONTACT: { statuses: OPEN_REFERRAL_STATUSES, contactGranted: false },
};

/** The steps a unit takes itself; the rest are staff's. */
export const UNIT_STEPS = [
  "ACCEPT_REFERRAL",
  "ANSWER_REFERRAL",
  "REQUEST_EXTENSION",
  "RETURN_REFERRAL",
] as const satisfies readonly ReferralStep[];
export type UnitStep = (typeof UNIT_STEPS)[number];

export interface ReferralView {
  status: ReferralStatus;
  extensionRequestedAt: Date | null;
  contactGrantedAt: Date | null;
}

/** Whether `step` may be taken on a referral in this shape (UI buttons and the service). */
export function canTakeReferralStep(step: ReferralStep, referral: ReferralView): boolean {
  const rule = REFERRAL_PRECONDITIONS[step];
  if (!rule.statuses.includes(referral.status)) return false;
  if (rule.extensionPending !== undefined && (referral.extensionRequestedAt !== null) !== rule.extensionPending)
    return false;
  if (rule.contactGranted === false && referral.contactGrantedAt !== null) return false;
  return true;
}

/** Steps that move the referral to a closed state, and which. */
export const CLOSING_STATUS: Partial<Record<ReferralStep, ReferralStatus>> = {
  ANSWER_REFERRAL: "ANSWERED",
  RETURN_REFERRAL: "RETURNED",
};
