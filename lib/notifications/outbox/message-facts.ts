// What a message may say about its wish, read from the database: the tracking
// code, the unit it went to, the due date and the public reply. Never the
// resident's name, building or phone (issue 13's rule for every message).
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationKind } from "@/lib/db/generated/enums";
import type { MessageFacts } from "@/lib/notifications/messages/compose-message";

export const MESSAGE_FACTS_SELECT = {
  id: true,
  locale: true,
  trackingCode: true,
  referralDepartment: true,
  referralDueAt: true,
  publicReply: true,
  referralOrg: { select: { name: true, nameEn: true } },
  councilItem: { select: { dueAt: true } },
} as const satisfies Prisma.WishSelect;

type FactsRow = Prisma.WishGetPayload<{ select: typeof MESSAGE_FACTS_SELECT }>;

export function messageFacts(wish: FactsRow, kind: NotificationKind, now: Date): MessageFacts {
  // Only a wish written in English is answered in English; anything else is zh.
  const locale = wish.locale === "en" ? "en" : "zh";
  // An English message names the unit in English where it has an English name.
  const unit = wish.referralOrg
    ? locale === "en"
      ? (wish.referralOrg.nameEn ?? wish.referralOrg.name)
      : wish.referralOrg.name
    : null;
  return {
    kind,
    locale,
    wishId: wish.id,
    trackingCode: wish.trackingCode,
    unitName: unit ?? wish.referralDepartment ?? null,
    // A council decision's date is the item's; everything else follows the referral.
    dueAt: kind === "DECISION" ? (wish.councilItem?.dueAt ?? null) : (wish.referralDueAt ?? null),
    reply: wish.publicReply,
    now,
  };
}
