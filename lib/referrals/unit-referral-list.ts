// A UNIT account's referrals (issue 14): every referral sent to its organisation,
// open ones (SENT, ACCEPTED) first, newest first, 50 a page, read through the
// index (organizationId, status, sentAt). Codes, kinds and dates only: the
// resident's words and contact are on the referral's own page.
import "server-only";
import { assertCan, AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ReferralStatus, WishCategory, WishKind } from "@/lib/db/generated/enums";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { OPEN_REFERRAL_STATUSES } from "./referral-steps";

const UNIT_LIST_PAGE = 50;

export interface UnitReferralRow {
  id: string;
  code: string;
  kind: WishKind;
  category: WishCategory | null;
  status: ReferralStatus;
  sentAt: Date;
  dueAt: Date;
  overdue: boolean;
  /** The wish's community: a subdistrict-level unit serves several. */
  community: { name: string; nameEn: string | null };
}

export interface UnitReferralList {
  open: UnitReferralRow[];
  closed: UnitReferralRow[];
}

export async function listUnitReferrals(actor: Actor | null, now: Date = new Date()): Promise<UnitReferralList> {
  assertCan(actor, "referral.work");
  if (!actor.organizationId) throw new AuthorizationError(403);
  const select = {
    id: true,
    status: true,
    sentAt: true,
    dueAt: true,
    closedAt: true,
    wish: {
      select: { trackingCode: true, kind: true, category: true, community: { select: { name: true, nameEn: true } } },
    },
  } as const;
  // The organisation's referrals, for an account of the organisation's own
  // community: a subdistrict-level unit (issue 14 §4) works those of every
  // community of its subdistrict; any other unit only receives its own community's.
  const where = { organizationId: actor.organizationId, organization: { communityId: actor.communityId } };
  const [open, closed] = await Promise.all([
    db.referral.findMany({
      where: { ...where, status: { in: [...OPEN_REFERRAL_STATUSES] } },
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      take: UNIT_LIST_PAGE,
      select,
    }),
    db.referral.findMany({
      where: { ...where, status: { notIn: [...OPEN_REFERRAL_STATUSES] } },
      orderBy: [{ sentAt: "desc" }, { id: "desc" }],
      take: UNIT_LIST_PAGE,
      select,
    }),
  ]);
  const row = (r: (typeof open)[number]): UnitReferralRow => ({
    id: r.id,
    code: formatTrackingCode(r.wish.trackingCode),
    kind: r.wish.kind,
    category: r.wish.category,
    status: r.status,
    sentAt: r.sentAt,
    dueAt: r.dueAt,
    overdue: r.closedAt === null && r.dueAt.getTime() < now.getTime(),
    community: r.wish.community,
  });
  return { open: open.map(row), closed: closed.map(row) };
}
