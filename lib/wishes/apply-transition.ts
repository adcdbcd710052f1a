// One state change of a wish, inside the caller's transaction: a conditional
// update on the expected state and version, plus its WishEvent. If someone else
// changed the wish in between, nothing is written and StaleWishError says so.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ActorType, RatingSource, WishAction, WishCategory, WishStatus } from "@/lib/db/generated/enums";
import { ActionError } from "@/lib/forms/action-error";
import { recordNotifications } from "@/lib/notifications/outbox/record-notifications";
import { recordReferralStep } from "@/lib/referrals/record-referral-step";
import { milestoneUpdates, missingFields, nextStatus, canActorTake, type TransitionField } from "./lifecycle";

/** Someone else changed the wish since the form was rendered: nothing was written. */
export class StaleWishError extends ActionError {
  constructor() {
    super("forms.errors.stale");
    this.name = "StaleWishError";
  }
}

/** The transition needs a field the form left empty; each group is marked on its first field. */
export class MissingFieldsError extends ActionError {
  constructor(readonly missing: (readonly TransitionField[])[]) {
    super("forms.errors.checkFields", {
      fieldErrors: Object.fromEntries(missing.map((group) => [group[0]!, ["forms.errors.required"]])),
    });
    this.name = "MissingFieldsError";
  }
}

export interface TransitionFields {
  category?: WishCategory;
  publicReply?: string;
  referralOrgId?: string;
  referralDepartment?: string;
  referralDueAt?: Date;
  referralOutcome?: string;
  councilItemId?: string;
  duplicateOfId?: string;
  satisfaction?: number;
  satisfactionComment?: string;
  ratingSource?: RatingSource;
  publicNote?: string;
  internalNote?: string;
  /** A unit's extension request: the date asked for (kept on the Referral). */
  extensionUntil?: Date;
}

export interface TransitionRequest {
  wishId: string;
  /** The version the actor saw; null to take the current one (residents, the system). */
  expectedVersion: number | null;
  action: WishAction;
  actor: { type: ActorType; staffId?: string };
  fields?: TransitionFields;
  /** The referral a unit's step or a staff decision on it names (lib/referrals). */
  referralId?: string;
  at?: Date;
}

export interface TransitionResult {
  status: WishStatus;
  version: number;
  /**
   * Outbox rows written with the event (lib/notifications/outbox): after the
   * transaction commits, the caller hands them to notifyAfterCommit.
   */
  notifications: string[];
}

// Columns of Wish that an action's fields write (notes go on the event only).
const WISH_COLUMNS = [
  "category",
  "publicReply",
  "referralOrgId",
  "referralDepartment",
  "referralDueAt",
  "referralOutcome",
  "councilItemId",
  "duplicateOfId",
  "satisfaction",
  "satisfactionComment",
  "ratingSource",
] as const satisfies readonly (keyof TransitionFields)[];

export async function applyTransition(
  tx: Prisma.TransactionClient,
  request: TransitionRequest,
): Promise<TransitionResult> {
  const at = request.at ?? new Date();
  const fields = request.fields ?? {};
  if (!canActorTake(request.action, request.actor.type))
    throw new Error(`${request.actor.type} may not ${request.action}`);
  const wish = await tx.wish.findUnique({
    where: { id: request.wishId },
    select: {
      communityId: true,
      status: true,
      version: true,
      firstReplyAt: true,
      handledOnSiteAt: true,
      referredAt: true,
      escalatedAt: true,
      settledAt: true,
      ratedAt: true,
    },
  });
  if (!wish) throw new Error("wish not found");
  const expected = request.expectedVersion ?? wish.version;
  if (wish.version !== expected) throw new StaleWishError();
  const to = nextStatus(wish.status, request.action);
  const missing = missingFields(request.action, fields);
  if (missing.length > 0) throw new MissingFieldsError(missing);

  const data: Prisma.WishUpdateManyMutationInput & Record<string, unknown> = {
    status: to,
    version: expected + 1,
    ...milestoneUpdates(request.action, wish, at),
  };
  for (const column of WISH_COLUMNS) if (fields[column] !== undefined) data[column] = fields[column];
  if (request.action === "REFER") {
    // A new referral replaces the old one: the unit it no longer goes to, and that
    // unit's answer, must not linger on the tracking page.
    data.referralOrgId = fields.referralOrgId ?? null;
    data.referralDepartment = fields.referralDepartment ?? null;
    data.referralOutcome = null;
  }
  if (request.action === "REROUTE") {
    data.referralDepartment = null;
    data.referralOutcome = null;
  }
  // 退单: no unit holds the wish until staff re-route it.
  if (request.action === "RETURN_REFERRAL") data.referralOrgId = null;

  const updated = await tx.wish.updateMany({
    where: { id: request.wishId, status: wish.status, version: expected },
    data,
  });
  if (updated.count !== 1) throw new StaleWishError();
  const referralId = await recordReferralStep(tx, {
    action: request.action,
    wish: { id: request.wishId, communityId: wish.communityId },
    from: wish.status,
    to,
    sequence: expected + 1,
    at,
    referralId: request.referralId,
    staffId: request.actor.staffId,
    fields,
  });
  await tx.wishEvent.create({
    data: {
      wishId: request.wishId,
      sequence: expected + 1,
      action: request.action,
      fromStatus: wish.status,
      toStatus: to,
      actorType: request.actor.type,
      actorId: request.actor.staffId ?? null,
      publicNote: fields.publicNote ?? (request.action === "RATE" ? null : fields.publicReply) ?? null,
      internalNote: fields.internalNote ?? null,
      createdAt: at,
      referralId,
    },
  });
  // The resident's message, in this same transaction: it exists iff the event does.
  const notifications = await recordNotifications(tx, {
    wishId: request.wishId,
    eventSequence: expected + 1,
    action: request.action,
    referralId,
    now: at,
  });
  return { status: to, version: expected + 1, notifications };
}
