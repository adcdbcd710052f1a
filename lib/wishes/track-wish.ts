// What a resident sees on /wishes/track: where the wish stands, with public notes
// only and never more personal data than the masked phone. A wrong phone and an
// unknown code give the same answer, so the page cannot be used to probe codes.
import "server-only";
import { db } from "@/lib/db";
import type { WishAction, WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { digitsOnly } from "@/lib/phone";
import { maskPhone } from "@/lib/privacy/personal-data";
import { normalizeTrackingCode } from "./tracking-code";
import { codeLocked, digitsMatch } from "./track-guard";

export interface PublicTimelineEntry {
  action: WishAction;
  status: WishStatus;
  note: string | null;
  at: Date;
}

export interface TrackedWish {
  id: string;
  trackingCode: string;
  kind: WishKind;
  /** Null until staff categorise it (residents may leave it to them). */
  category: WishCategory | null;
  content: string;
  status: WishStatus;
  createdAt: Date;
  replyDueAt: Date;
  maskedPhone: string | null;
  marketDay: { slug: string; title: string; titleEn: string | null } | null;
  stall: { name: string; nameEn: string | null; number: number } | null;
  /** since: when the unit holding it got it; acceptedAt: when it signed for it (签收). */
  referral: {
    unit: string;
    unitEn: string | null;
    dueAt: Date | null;
    since: Date | null;
    acceptedAt: Date | null;
  } | null;
  /** Sent back by its unit (退单): the community is finding the right one. */
  rerouting: boolean;
  council: {
    topic: string;
    topicEn: string | null;
    decision: string | null;
    decisionEn: string | null;
    meetingAt: Date;
    dueAt: Date | null;
  } | null;
  publicReply: string | null;
  /** For a duplicate: the reply of the wish it was merged into. */
  originalReply: string | null;
  /** For a duplicate: where the wish it was merged into stands. */
  originalStatus: WishStatus | null;
  satisfaction: number | null;
  canRate: boolean;
  timeline: PublicTimelineEntry[];
}

/**
 * Events a resident may see: those that changed the state, the resident's own
 * rating, and any with a public note. Staff-only steps (a unit's raw answer, an
 * internal note) are left out entirely, not just their text.
 */
function isPublicEvent(e: {
  action: WishAction;
  fromStatus: WishStatus | null;
  toStatus: WishStatus;
  publicNote: string | null;
}): boolean {
  return e.publicNote !== null || e.fromStatus !== e.toStatus || e.action === "RATE";
}

/** Finds the wish for a code and, when the wish has a phone, its last four digits. */
export async function findWishForResident(codeInput: string, last4Input: string): Promise<TrackedWish | null> {
  return (await loadWishForResident(codeInput, last4Input))?.view ?? null;
}

/**
 * The same lookup plus the version the view was read at, for a change that must
 * apply to exactly what the resident saw (a rating: see rate-wish.ts).
 */
export async function loadWishForResident(
  codeInput: string,
  last4Input: string,
): Promise<{ view: TrackedWish; version: number; messagesStopped: boolean } | null> {
  const code = normalizeTrackingCode(codeInput);
  if (!code) return null;
  // Full-width digits from a Chinese keyboard (１２３４) count as digits.
  const last4 = digitsOnly(last4Input);
  // Unknown code and wrong digits take the same steps (track-guard.ts): the lock
  // check, one small read, one compare, one failure counted. Only a match reads more.
  if (await codeLocked(code)) return null;
  const gate = await db.wish.findUnique({ where: { trackingCode: code }, select: { id: true, phoneLast4: true } });
  if (!(await digitsMatch(gate, code, last4)) || !gate) return null;
  return loadWishById(gate.id);
}

/**
 * The same view for a wish already proven by other means: a signed link from a
 * message (lib/notifications/messages/message-link.ts), which shows exactly what
 * the code and digits would.
 */
export async function loadWishById(
  id: string,
): Promise<{ view: TrackedWish; version: number; messagesStopped: boolean } | null> {
  const wish = await db.wish.findUnique({
    where: { id },
    select: {
      id: true,
      trackingCode: true,
      kind: true,
      category: true,
      content: true,
      status: true,
      createdAt: true,
      replyDueAt: true,
      phoneLast4: true,
      publicReply: true,
      referralDepartment: true,
      referralDueAt: true,
      satisfaction: true,
      ratedAt: true,
      settledAt: true,
      version: true,
      messagesStoppedAt: true,
      marketDay: { select: { slug: true, title: true, titleEn: true } },
      stall: { select: { name: true, nameEn: true, number: true } },
      referralOrg: { select: { name: true, nameEn: true } },
      // The unit holding it now (issue 14): since when, and whether it signed for it.
      referrals: {
        where: { status: { in: ["SENT", "ACCEPTED"] } },
        orderBy: { sentAt: "desc" },
        take: 1,
        select: { sentAt: true, acceptedAt: true },
      },
      councilItem: {
        select: {
          topic: true,
          topicEn: true,
          decision: true,
          decisionEn: true,
          dueAt: true,
          meeting: { select: { scheduledAt: true } },
        },
      },
      duplicateOf: { select: { publicReply: true, status: true } },
      events: {
        select: { action: true, fromStatus: true, toStatus: true, publicNote: true, createdAt: true },
        orderBy: { sequence: "asc" },
      },
    },
  });
  // Erased between the two reads (a purge): as if it had never been there.
  if (!wish) return null;

  const referralUnit =
    wish.referralOrg ?? (wish.referralDepartment ? { name: wish.referralDepartment, nameEn: null } : null);
  const view: TrackedWish = {
    id: wish.id,
    trackingCode: wish.trackingCode,
    kind: wish.kind,
    category: wish.category,
    content: wish.content,
    status: wish.status,
    createdAt: wish.createdAt,
    replyDueAt: wish.replyDueAt,
    maskedPhone: maskPhone(null, wish.phoneLast4),
    marketDay: wish.marketDay,
    stall: wish.stall,
    referral: referralUnit
      ? {
          unit: referralUnit.name,
          unitEn: referralUnit.nameEn,
          dueAt: wish.referralDueAt,
          since: wish.referrals[0]?.sentAt ?? null,
          acceptedAt: wish.referrals[0]?.acceptedAt ?? null,
        }
      : null,
    rerouting: wish.status === "REFERRED" && !referralUnit,
    council: wish.councilItem
      ? {
          topic: wish.councilItem.topic,
          topicEn: wish.councilItem.topicEn,
          decision: wish.councilItem.decision,
          decisionEn: wish.councilItem.decisionEn,
          meetingAt: wish.councilItem.meeting.scheduledAt,
          dueAt: wish.councilItem.dueAt,
        }
      : null,
    publicReply: wish.publicReply,
    originalReply: wish.duplicateOf?.publicReply ?? null,
    originalStatus: wish.duplicateOf?.status ?? null,
    satisfaction: wish.satisfaction,
    // Once per settlement: a reopened and re-settled wish may be rated again.
    canRate: wish.status === "SETTLED" && (!wish.ratedAt || (wish.settledAt !== null && wish.ratedAt < wish.settledAt)),
    timeline: wish.events
      .filter(isPublicEvent)
      .map((e) => ({ action: e.action, status: e.toStatus, note: e.publicNote, at: e.createdAt })),
  };
  return { view, version: wish.version, messagesStopped: wish.messagesStoppedAt !== null };
}
