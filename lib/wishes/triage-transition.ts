// The one path every staff transition of a wish takes: permission, the record's
// community, then ONE transaction holding whatever the action prepares (an agenda
// item, checks on the target) and applyTransition's conditional update + event.
// A stale form fails with StaleWishError and writes nothing.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WishAction } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { applyTransition, type TransitionFields, type TransitionResult } from "./apply-transition";

/** The wish does not exist (or the id is not a wish at all). */
export class WishNotFoundError extends Error {
  readonly code = "WISH_NOT_FOUND";
  constructor() {
    super("Wish not found");
    this.name = "WishNotFoundError";
  }
}

/** An input that passed the form's schema but not the data: `key` is an i18n key under adminWishes. */
export class TriageInputError extends Error {
  readonly code = "WISH_TRIAGE_INPUT";
  constructor(
    readonly field: string,
    readonly key: string,
  ) {
    super(`Invalid ${field}: ${key}`);
    this.name = "TriageInputError";
  }
}

export interface TriageRequest {
  wishId: string;
  expectedVersion: number;
  action: WishAction;
  fields: TransitionFields;
  /** Runs first in the transaction; returns fields to add (e.g. a new agenda item's id). */
  prepare?: (tx: Prisma.TransactionClient, wish: { id: string; communityId: string }) => Promise<TransitionFields | void>;
}

export async function runTriage(actor: Actor | null, request: TriageRequest): Promise<TransitionResult> {
  assertCan(actor, "wish.triage");
  const wish = await db.wish.findUnique({ where: { id: request.wishId }, select: { id: true, communityId: true } });
  if (!wish) throw new WishNotFoundError();
  // Another community's wish is refused like a missing permission: 403, nothing revealed.
  assertCan(actor, "wish.triage", wish);
  const result = await db.$transaction(async (tx) => {
    const extra = request.prepare ? await request.prepare(tx, wish) : undefined;
    return applyTransition(tx, {
      wishId: wish.id,
      expectedVersion: request.expectedVersion,
      action: request.action,
      actor: { type: "STAFF", staffId: actor.id },
      fields: { ...request.fields, ...(extra ?? {}) },
    });
  });
  // State changes move the public figures and the wall.
  invalidatePublicContent({ wishes: true });
  return result;
}

/** Fields shared by most forms: a note for the resident and one for colleagues. */
export interface NoteFields {
  publicNote?: string;
  internalNote?: string;
}
