// Placeholder until the messages branch lands: replaced at merge.
// The real version writes each kind's text in zh and en, with the sign name, the
// unit, the due date and a signed reply link; this one only says the wish moved,
// with its tracking code, so the outbox has something honest to deliver.
import type { NotificationKind } from "@/lib/db/generated/enums";

export interface MessageFacts {
  kind: NotificationKind;
  locale: "zh" | "en";
  wishId: string;
  trackingCode: string;
  /** The referral organisation's name or referralDepartment. */
  unitName: string | null;
  /** referralDueAt, or the council item's due date for DECISION. */
  dueAt: Date | null;
  /** The wish's publicReply. */
  reply: string | null;
  /** For the signed link's expiry. */
  now: Date;
}

export function composeMessage(facts: MessageFacts): {
  sms: { text: string; template: string; params: Record<string, string> };
  email: { subject: string; text: string };
} {
  const text = `【园东社区】您的心愿（查询码 ${facts.trackingCode}）有新进展，请在网站查询。`;
  return {
    sms: { text, template: "wish-update", params: { code: facts.trackingCode } },
    email: { subject: `心愿 ${facts.trackingCode} 有新进展`, text },
  };
}
