// The one path every staff transition of a wish takes: permission, the record's
// community, then ONE transaction holding whatever the action prepares (an agenda
// item, checks on the target) and applyTransition's conditional update + event.
// A stale form fails with StaleWishError and writes nothing.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WishAction } from "@/lib/db/generated/enums";
import { assertCan, type Action, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { openReferralId } from "@/lib/referrals/open-referral";
import { applyTransition, type TransitionFields, type TransitionResult } from "./apply-transition";

/** The wish does not exist (or the id is not a wish at all). */
export class WishNotFoundError extends ActionError {
  constructor() {
    super("adminWishes.errors.notFound");
    this.name = "WishNotFoundError";
  }
}

export interface TriageRequest {
  wishId: string;
  expectedVersion: number;
  action: WishAction;
  fields: TransitionFields;
  /** Runs first in the transaction; returns fields to add (e.g. a new agenda item's id). */
  prepare?: (
    tx: Prisma.TransactionClient,
    wish: { id: string; communityId: string },
  ) => Promise<TransitionFields | void>;
  /** A step on the wish's open referral (lib/referrals): it is found in the transaction. */
  onOpenReferral?: boolean;
  /**
   * Who may take it: "wish.triage" unless said. The subdistrict's referral
   * (lib/subdistrict/refer-across.ts) checks its own, and hands in the actor
   * scoped to the wish's community once it has checked that community is its.
   */
  permission?: Action;
}

export async function runTriage(actor: Actor | null, request: TriageRequest): Promise<TransitionResult> {
  const permission = request.permission ?? "wish.triage";
  assertCan(actor, permission);
  const wish = await db.wish.findUnique({ where: { id: request.wishId }, select: { id: true, communityId: true } });
  if (!wish) throw new WishNotFoundError();
  // Another community's wish is refused like a missing permission: 403, nothing revealed.
  assertCan(actor, permission, wish);
  const result = await db.$transaction(async (tx) => {
    const extra = request.prepare ? await request.prepare(tx, wish) : undefined;
    const referralId = request.onOpenReferral ? await openReferralId(tx, wish.id) : undefined;
    return applyTransition(tx, {
      referralId,
      wishId: wish.id,
      expectedVersion: request.expectedVersion,
      action: request.action,
      actor: { type: "STAFF", staffId: actor.id },
      fields: { ...request.fields, ...(extra ?? {}) },
    });
  });
  notifyAfterCommit(result.notifications);
  // State changes move the public figures and the wall.
  invalidatePublicContent({ wishes: true });
  return result;
}

/** What every triage service is given: the wish, the version the form saw, and the action's fields. */
export type TriageInput<Fields> = { wishId: string; expectedVersion: number } & Fields;

/**
 * A service whose fields go onto the wish and its event as they are, with no
 * record of their own to check (a reply, a note, the unit's answer).
 */
export function plainTriage<Fields extends TransitionFields>(action: WishAction) {
  return (actor: Actor | null, input: TriageInput<Fields>): Promise<TransitionResult> => {
    const { wishId, expectedVersion, ...fields } = input;
    return runTriage(actor, { wishId, expectedVersion, action, fields });
  };
}
