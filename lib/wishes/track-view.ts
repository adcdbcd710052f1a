// TrackedWish (lib/wishes/track-wish.ts) → what the browser receives: texts in
// the page's language, dates formatted in Shenzhen time, no internal id.
import "server-only";
import { localized } from "@/lib/i18n/localized";
import { isOpenStatus } from "./lifecycle";
import type { TrackedWishView } from "./track-form";
import { formatTrackingCode } from "./tracking-code";
import type { TrackedWish } from "./track-wish";
import { shanghaiDateText } from "./wish-dates";

export function toTrackedWishView(wish: TrackedWish, locale: string): TrackedWishView {
  const date = (d: Date) => shanghaiDateText(locale, d);
  return {
    code: formatTrackingCode(wish.trackingCode),
    kind: wish.kind,
    category: wish.category,
    status: wish.status,
    open: isOpenStatus(wish.status),
    content: wish.content,
    submittedAt: date(wish.createdAt),
    replyDueAt: date(wish.replyDueAt),
    maskedPhone: wish.maskedPhone,
    marketDay: wish.marketDay ? { title: localized(locale, wish.marketDay.title, wish.marketDay.titleEn) } : null,
    stall: wish.stall
      ? { name: localized(locale, wish.stall.name, wish.stall.nameEn), number: wish.stall.number }
      : null,
    referral: wish.referral
      ? {
          unit: localized(locale, wish.referral.unit, wish.referral.unitEn),
          dueAt: wish.referral.dueAt ? date(wish.referral.dueAt) : null,
          since: wish.referral.since ? date(wish.referral.since) : null,
          acceptedAt: wish.referral.acceptedAt ? date(wish.referral.acceptedAt) : null,
        }
      : null,
    rerouting: wish.rerouting,
    council: wish.council
      ? {
          topic: localized(locale, wish.council.topic, wish.council.topicEn),
          decision:
            wish.council.decision === null ? null : localized(locale, wish.council.decision, wish.council.decisionEn),
          meetingAt: shanghaiDateText(locale, wish.council.meetingAt, false),
          dueAt: wish.council.dueAt ? shanghaiDateText(locale, wish.council.dueAt, false) : null,
        }
      : null,
    reply: wish.publicReply,
    originalReply: wish.originalReply,
    originalStatus: wish.originalStatus,
    satisfaction: wish.satisfaction,
    canRate: wish.canRate,
    timeline: wish.timeline.map((e) => ({ action: e.action, status: e.status, note: e.note, at: date(e.at) })),
  };
}
