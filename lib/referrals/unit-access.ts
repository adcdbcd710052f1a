// Who is working a referral, and whether they may (issue 14): a receiving unit
// through its signed link (no account: the link names one referral and works
// until that referral closes), or a UNIT account scoped to its organisation.
// Either way the answer names one referral; anything else is refused the same way.
import "server-only";
import { AuthorizationError, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ReferralStatus } from "@/lib/db/generated/enums";
import { ActionError } from "@/lib/forms/action-error";
import { verifyMessageLink } from "@/lib/notifications/messages/message-link";
import { isUuid } from "@/lib/uuid";

export type UnitCredential = { kind: "link"; token: string } | { kind: "account"; actor: Actor | null };

export interface UnitAccess {
  referralId: string;
  wishId: string;
  /** The StaffUser of a UNIT account; null for a link. */
  staffId: string | null;
}

/** The link is not (or no longer) good: tampered, expired, or its referral closed. */
class UnitLinkError extends ActionError {
  constructor(readonly reason: "invalid" | "expired" | "closed") {
    super(`referrals.link.${reason}`);
    this.name = "UnitLinkError";
  }
}

export type LinkVerdict =
  | { ok: true; referralId: string; wishId: string }
  | { ok: false; reason: "invalid" | "expired" }
  /** How it closed, so the page can say what became of it (and thank the unit). */
  | { ok: false; reason: "closed"; closedAs: ReferralStatus };

/** Checks a unit link: its signature and day, then that its referral is still open. */
export async function checkUnitLink(token: string, now: Date = new Date()): Promise<LinkVerdict> {
  const check = verifyMessageLink("unit", token, now);
  if (!check.ok) return check;
  const referral = await db.referral.findUnique({
    where: { id: check.id },
    select: { closedAt: true, status: true, wishId: true },
  });
  if (!referral) return { ok: false, reason: "invalid" };
  if (referral.closedAt) return { ok: false, reason: "closed", closedAs: referral.status };
  return { ok: true, referralId: check.id, wishId: referral.wishId };
}

async function inUnitSubdistrict(communityId: string, subdistrictId: string | null): Promise<boolean> {
  if (!subdistrictId) return false;
  const community = await db.community.findUnique({ where: { id: communityId }, select: { subdistrictId: true } });
  return community?.subdistrictId === subdistrictId;
}

/**
 * The referral the credential may work. A link must name `referralId` itself
 * (when given); an account's organisation must be the referral's, within its reach.
 */
export async function unitAccess(credential: UnitCredential, referralId?: string): Promise<UnitAccess> {
  if (credential.kind === "link") {
    const verdict = await checkUnitLink(credential.token);
    if (!verdict.ok) throw new UnitLinkError(verdict.reason);
    if (referralId && referralId !== verdict.referralId) throw new UnitLinkError("invalid");
    return { referralId: verdict.referralId, wishId: verdict.wishId, staffId: null };
  }
  const actor = credential.actor;
  assertCan(actor, "referral.work");
  if (!referralId || !isUuid(referralId) || !actor.organizationId) throw new AuthorizationError(403);
  const referral = await db.referral.findUnique({
    where: { id: referralId },
    select: {
      organizationId: true,
      communityId: true,
      wishId: true,
      organization: { select: { communityId: true, subdistrictId: true } },
    },
  });
  // Another unit's referral, or one outside the unit's reach, is refused like a
  // missing one. The account belongs to its unit's community; the referral is of
  // that community, or — for a subdistrict-level unit (issue 14 §4) — of any
  // community of the unit's subdistrict.
  if (
    referral?.organizationId !== actor.organizationId ||
    referral.organization.communityId !== actor.communityId ||
    (referral.communityId !== actor.communityId &&
      !(await inUnitSubdistrict(referral.communityId, referral.organization.subdistrictId)))
  )
    throw new AuthorizationError(403);
  return { referralId, wishId: referral.wishId, staffId: actor.id };
}
