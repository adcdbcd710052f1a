// The words of every message a resident gets (issue 13), in the wish's language.
//
// Kept in code rather than the i18n files: SMS providers only deliver texts that
// match a template approved in advance, so each text here is paired with its
// template name and variables (README, "Messages"), and changing one means
// filing the template again. The rules: the community's sign name first, the
// tracking code and a signed link, "reply T to stop", and never the resident's
// name, building or phone.
import "server-only";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { shanghaiWallClock } from "@/lib/time/shanghai";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { messageLinkUrl, signMessageLink } from "./message-link";
import { excerpt } from "./sms-length";

export interface MessageFacts {
  kind: NotificationKind;
  locale: "zh" | "en";
  wishId: string;
  trackingCode: string;
  /** The referral's unit or department. */
  unitName: string | null;
  /** The referral's due date, or the council item's for a decision. */
  dueAt: Date | null;
  /** The public reply (or the council's decision). */
  reply: string | null;
  /** The event's public note: an approved extension's reason. */
  note?: string | null;
  /** A message to a receiving unit: its referral, whose signed link it carries. */
  referralId?: string | null;
  now: Date;
}

export interface ComposedMessage {
  sms: { text: string; template: string; params: Record<string, string> };
  email: { subject: string; text: string };
}

/** A unit's name is cut so the SMS stays short; the page has it in full. */
const UNIT_MAX = 16;
const REPLY_MAX = 20;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "12月20日" / "20 Dec": the shortest date a resident reads without doubt. */
function shanghaiDate(date: Date, locale: "zh" | "en"): string {
  const { month, day } = shanghaiWallClock(date);
  return locale === "en" ? `${day} ${MONTHS[month - 1]}` : `${month}月${day}日`;
}

type Params = Record<"code" | "link" | "unit" | "date" | "reply" | "note", string>;

interface Wording {
  template: string;
  sms: (p: Params) => string;
  subject: (p: Params) => string;
  body: (p: Params) => string;
}

const ZH: Record<NotificationKind, Wording> = {
  RECEIPT: {
    template: "wish-received",
    sms: (p) => `微心愿已收到，查询码${p.code}。进度：${p.link}`,
    subject: (p) => `微心愿已收到（查询码 ${p.code}）`,
    body: (p) => `您的微心愿已收到，查询码 ${p.code}。\n\n办理进度和答复都在这里：${p.link}`,
  },
  REFERRAL: {
    template: "wish-referred",
    sms: (p) => `微心愿${p.code}已转${p.unit}办理，${p.date}前答复：${p.link}`,
    subject: (p) => `微心愿 ${p.code} 已转交办理`,
    body: (p) => `您的微心愿 ${p.code} 已转交${p.unit}办理，预计 ${p.date} 前答复。\n\n详情：${p.link}`,
  },
  REPLY: {
    template: "wish-replied",
    sms: (p) => `微心愿${p.code}有答复：${p.reply} 查看并评价：${p.link}`,
    subject: (p) => `微心愿 ${p.code} 有了答复`,
    body: (p) => `您的微心愿 ${p.code} 有了答复：\n\n${p.reply}\n\n查看全文并为办理结果打分：${p.link}`,
  },
  DECISION: {
    template: "wish-decided",
    sms: (p) => `微心愿${p.code}经议事会讨论已有决定：${p.link}`,
    subject: (p) => `微心愿 ${p.code}：议事会已有决定`,
    body: (p) =>
      `您的微心愿 ${p.code} 经党群联席议事会讨论，已有决定：\n\n${p.reply}\n\n${p.date ? `预计 ${p.date} 前落实。` : ""}详情：${p.link}`,
  },
  REOPEN: {
    template: "wish-reopened",
    sms: (p) => `微心愿${p.code}已重新办理，工作人员正在跟进：${p.link}`,
    subject: (p) => `微心愿 ${p.code} 已重新办理`,
    body: (p) => `您的微心愿 ${p.code} 已重新办理，工作人员正在跟进。\n\n详情：${p.link}`,
  },
  EXTENSION: {
    template: "wish-extended",
    sms: (p) => `微心愿${p.code}办理延期至${p.date}，原因：${p.note} 详情：${p.link}`,
    subject: (p) => `微心愿 ${p.code} 办理延期至 ${p.date}`,
    body: (p) => `您的微心愿 ${p.code} 由${p.unit}办理，答复期限延至 ${p.date}。\n\n原因：${p.note}\n\n详情：${p.link}`,
  },
  // To the receiving unit, not the resident: no stop link, no personal data.
  UNIT_REFERRAL: {
    template: "unit-referral",
    sms: (p) => `转办单${p.code}请于${p.date}前办理答复：${p.link}`,
    subject: (p) => `转办单 ${p.code}：请于 ${p.date} 前答复`,
    body: (p) =>
      `社区转来一件群众诉求（编号 ${p.code}），请于 ${p.date} 前办理并答复。\n\n签收、答复、申请延期或退单，都在这个链接里完成，不需要账号：\n${p.link}\n\n链接在办结、退单或改派后失效。请勿转发。`,
  },
  UNIT_REMINDER: {
    template: "unit-reminder",
    sms: (p) => `催办：转办单${p.code}将于${p.date}到期，请及时答复：${p.link}`,
    subject: (p) => `催办：转办单 ${p.code} 将于 ${p.date} 到期`,
    body: (p) =>
      `转办单 ${p.code} 将于 ${p.date} 到期，请及时签收并答复；如需更多时间，请在链接里申请延期：\n${p.link}`,
  },
  UNIT_OVERDUE: {
    template: "unit-overdue",
    sms: (p) => `催办：转办单${p.code}已超过答复期限${p.date}，请尽快答复：${p.link}`,
    subject: (p) => `催办：转办单 ${p.code} 已超期`,
    body: (p) =>
      `转办单 ${p.code} 的答复期限 ${p.date} 已过，社区书记已收到提醒。请尽快答复，或申请延期、退单：\n${p.link}`,
  },
  RATING_REQUEST: {
    template: "wish-rate",
    sms: (p) => `微心愿${p.code}已办结，请为结果打分：${p.link}`,
    subject: (p) => `请为微心愿 ${p.code} 的办理结果打分`,
    body: (p) => `您的微心愿 ${p.code} 已办结。满意吗？请点开链接打分：${p.link}`,
  },
};

const EN: Record<NotificationKind, Wording> = {
  RECEIPT: {
    template: "wish-received-en",
    sms: (p) => `Wish received, code ${p.code}. Progress: ${p.link}`,
    subject: (p) => `Your wish was received (code ${p.code})`,
    body: (p) => `Your wish was received. Its tracking code is ${p.code}.\n\nProgress and the reply: ${p.link}`,
  },
  REFERRAL: {
    template: "wish-referred-en",
    sms: (p) => `Wish ${p.code} referred to ${p.unit}, due ${p.date}: ${p.link}`,
    subject: (p) => `Wish ${p.code} was referred`,
    body: (p) => `Your wish ${p.code} was referred to ${p.unit}, who will reply by ${p.date}.\n\nDetails: ${p.link}`,
  },
  REPLY: {
    template: "wish-replied-en",
    sms: (p) => `Wish ${p.code} answered: ${p.reply} Rate: ${p.link}`,
    subject: (p) => `Your wish ${p.code} has a reply`,
    body: (p) => `Your wish ${p.code} has a reply:\n\n${p.reply}\n\nRead it in full and rate it: ${p.link}`,
  },
  DECISION: {
    template: "wish-decided-en",
    sms: (p) => `Wish ${p.code}: the council has decided: ${p.link}`,
    subject: (p) => `Wish ${p.code}: the council has decided`,
    body: (p) =>
      `The joint council discussed your wish ${p.code} and decided:\n\n${p.reply}\n\n${p.date ? `Due by ${p.date}. ` : ""}Details: ${p.link}`,
  },
  REOPEN: {
    template: "wish-reopened-en",
    sms: (p) => `Wish ${p.code} reopened, staff are on it: ${p.link}`,
    subject: (p) => `Wish ${p.code} is open again`,
    body: (p) => `Your wish ${p.code} is open again, and staff are working on it.\n\nDetails: ${p.link}`,
  },
  EXTENSION: {
    template: "wish-extended-en",
    sms: (p) => `Wish ${p.code} now due ${p.date}: ${p.note} ${p.link}`,
    subject: (p) => `Wish ${p.code}: more time, due ${p.date}`,
    body: (p) =>
      `${p.unit} has more time for your wish ${p.code}: it is now due ${p.date}.\n\nWhy: ${p.note}\n\nDetails: ${p.link}`,
  },
  UNIT_REFERRAL: {
    template: "unit-referral-en",
    sms: (p) => `Referral ${p.code}: please answer by ${p.date}: ${p.link}`,
    subject: (p) => `Referral ${p.code}: please answer by ${p.date}`,
    body: (p) =>
      `The community referred a resident's request to you (ref. ${p.code}). Please answer by ${p.date}.\n\nAccept, answer, ask for more time or send it back at this link, no account needed:\n${p.link}\n\nThe link stops working once the referral is closed. Do not forward it.`,
  },
  UNIT_REMINDER: {
    template: "unit-reminder-en",
    sms: (p) => `Reminder: referral ${p.code} is due ${p.date}: ${p.link}`,
    subject: (p) => `Reminder: referral ${p.code} is due ${p.date}`,
    body: (p) => `Referral ${p.code} is due ${p.date}. Please answer, or ask for more time at:\n${p.link}`,
  },
  UNIT_OVERDUE: {
    template: "unit-overdue-en",
    sms: (p) => `Overdue: referral ${p.code} was due ${p.date}: ${p.link}`,
    subject: (p) => `Overdue: referral ${p.code}`,
    body: (p) =>
      `Referral ${p.code} was due ${p.date}, and the community secretary has been told. Please answer, ask for more time or send it back:\n${p.link}`,
  },
  RATING_REQUEST: {
    template: "wish-rate-en",
    sms: (p) => `Wish ${p.code} is settled. Please rate it: ${p.link}`,
    subject: (p) => `Please rate how wish ${p.code} was handled`,
    body: (p) => `Your wish ${p.code} is settled. Were you satisfied? Rate it here: ${p.link}`,
  },
};

const STOP = {
  zh: { sms: " 回T退订", email: (link: string) => `\n\n不想再收到这个微心愿的消息？${link}` },
  en: { sms: " Reply T to stop", email: (link: string) => `\n\nStop messages about this wish: ${link}` },
};

/** Messages to a receiving unit: its own link, no stop link. */
const UNIT_KINDS = new Set<NotificationKind>(["UNIT_REFERRAL", "UNIT_REMINDER", "UNIT_OVERDUE"]);

export function composeMessage(facts: MessageFacts): ComposedMessage {
  const wording = (facts.locale === "en" ? EN : ZH)[facts.kind];
  const toUnit = UNIT_KINDS.has(facts.kind) && facts.referralId;
  const link = toUnit
    ? messageLinkUrl("unit", signMessageLink("unit", facts.referralId!, facts.now), facts.locale)
    : messageLinkUrl("reply", signMessageLink("reply", facts.wishId, facts.now), facts.locale);
  const stop = messageLinkUrl("stop", signMessageLink("stop", facts.wishId, facts.now), facts.locale);
  const fallbackUnit = facts.locale === "en" ? "the unit" : "承办单位";
  const full: Params = {
    code: formatTrackingCode(facts.trackingCode),
    link,
    unit: facts.unitName ?? fallbackUnit,
    date: facts.dueAt ? shanghaiDate(facts.dueAt, facts.locale) : "",
    reply: facts.reply ?? "",
    note: facts.note ?? "",
  };
  // The SMS carries short forms; the email has room for the whole reply.
  const short: Params = {
    ...full,
    unit: excerpt(full.unit, UNIT_MAX),
    reply: excerpt(full.reply, REPLY_MAX),
    note: excerpt(full.note, REPLY_MAX),
  };
  const copy = toUnit ? { sms: "", email: () => "" } : STOP[facts.locale];
  return {
    sms: {
      text: `【${env.SMS_SIGN_NAME}】${wording.sms(short)}${copy.sms}`,
      template: wording.template,
      params: short,
    },
    email: { subject: wording.subject(full), text: `${wording.body(full)}${copy.email(stop)}` },
  };
}
