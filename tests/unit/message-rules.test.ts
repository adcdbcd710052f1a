// Issue 13's message rules that need no database: quiet hours, SMS length, the
// wording of every message and the signed links.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { composeMessage, type MessageFacts } from "@/lib/notifications/messages/compose-message";
import { messageLinkUrl, signMessageLink, verifyMessageLink } from "@/lib/notifications/messages/message-link";
import { firstDeliveryAt, parseQuietHours } from "@/lib/notifications/messages/quiet-hours";
import { excerpt, smsSegments } from "@/lib/notifications/messages/sms-length";
import { shanghaiDayStart } from "@/lib/notifications/messages/daily-cap";
import { NotificationKind } from "@/lib/db/generated/enums";

beforeAll(() => {
  process.env.HUIYIN_LOOKUP_KEY = randomBytes(32).toString("base64");
});

/** An instant given in Shenzhen local time. */
const sz = (local: string) => new Date(`${local}+08:00`);

describe("quiet hours", () => {
  it("holds a message made at night until 08:00 Shenzhen time", () => {
    expect(firstDeliveryAt(sz("2026-12-06T22:30:00"), "21:00-08:00")).toEqual(sz("2026-12-07T08:00:00"));
    expect(firstDeliveryAt(sz("2026-12-07T03:05:41"), "21:00-08:00")).toEqual(sz("2026-12-07T08:00:00"));
    expect(firstDeliveryAt(sz("2026-12-06T21:00:00"), "21:00-08:00")).toEqual(sz("2026-12-07T08:00:00"));
  });

  it("sends at once by day, at the window's end and when turned off", () => {
    const noon = sz("2026-12-06T12:00:00");
    expect(firstDeliveryAt(noon, "21:00-08:00")).toBe(noon);
    const eight = sz("2026-12-07T08:00:00");
    expect(firstDeliveryAt(eight, "21:00-08:00")).toBe(eight);
    const night = sz("2026-12-06T23:00:00");
    expect(firstDeliveryAt(night, "off")).toBe(night);
  });

  it("handles a window that does not wrap midnight", () => {
    expect(firstDeliveryAt(sz("2026-12-06T12:30:00"), "12:00-14:00")).toEqual(sz("2026-12-06T14:00:00"));
    expect(firstDeliveryAt(sz("2026-12-06T11:59:00"), "12:00-14:00")).toEqual(sz("2026-12-06T11:59:00"));
  });

  it("never delivers inside the window, never earlier than asked, and waits at most a day", () => {
    const window = parseQuietHours("21:00-08:00")!;
    fc.assert(
      fc.property(fc.date({ min: new Date("2026-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }), (now) => {
        const at = firstDeliveryAt(now, "21:00-08:00");
        const minute = Math.floor((at.getTime() + 8 * 3_600_000) / 60_000) % 1440;
        expect(minute >= window.start || minute < window.end).toBe(false);
        expect(at.getTime()).toBeGreaterThanOrEqual(now.getTime() - 60_000);
        expect(at.getTime() - now.getTime()).toBeLessThanOrEqual(11 * 3_600_000);
      }),
    );
  });

  it("refuses a malformed setting", () => {
    expect(() => parseQuietHours("9pm-8am")).toThrow(/HUIYIN_QUIET_HOURS/);
  });
});

describe("the daily cap's day", () => {
  it("starts at midnight Shenzhen time, not UTC", () => {
    expect(shanghaiDayStart(sz("2026-12-06T07:59:00"))).toEqual(sz("2026-12-06T00:00:00"));
    expect(shanghaiDayStart(sz("2026-12-06T23:59:00"))).toEqual(sz("2026-12-06T00:00:00"));
  });
});

describe("SMS length", () => {
  it("counts one segment up to 70 characters and parts of 67 beyond", () => {
    expect(smsSegments("字".repeat(70))).toBe(1);
    expect(smsSegments("字".repeat(71))).toBe(2);
    expect(smsSegments("字".repeat(134))).toBe(2);
    expect(smsSegments("字".repeat(135))).toBe(3);
  });

  it("cuts an excerpt with an ellipsis and flattens whitespace", () => {
    expect(excerpt("路灯  已经\n修好", 20)).toBe("路灯 已经 修好");
    expect(excerpt("一二三四五六七八九十", 5)).toBe("一二三四…");
  });
});

const WISH = "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6071";
const facts = (kind: NotificationKind, locale: "zh" | "en"): MessageFacts => ({
  kind,
  locale,
  wishId: WISH,
  trackingCode: "K7Q29MZD",
  unitName: "深圳市龙岗区住房和建设局物业管理科",
  dueAt: sz("2026-12-20T18:00:00"),
  reply: "楼道的路灯已经更换，物业会每周巡查一次，如再有问题请直接联系社区。",
  now: sz("2026-12-06T10:00:00"),
});

describe("message wording", () => {
  // Messages to residents; the unit's referral message has its own test below.
  const kinds = Object.values(NotificationKind).filter((kind) => !kind.startsWith("UNIT_"));

  it.each(kinds.flatMap((kind) => (["zh", "en"] as const).map((locale) => [kind, locale] as const)))(
    // Chinese fits two segments (134 characters) with a 38-character link; English
    // letters count the same in UCS-2 (the sign name forces it), so it may take three.
    "%s in %s starts with the sign name, carries the code and a signed link, says how to stop, stays short",
    (kind, locale) => {
      const { sms, email } = composeMessage(facts(kind, locale));
      expect(sms.text.startsWith("【园东社区】")).toBe(true);
      expect(sms.text).toContain("K7Q2-9MZD");
      expect(sms.text).toMatch(/\/r\/[A-Za-z0-9_-]{38}/);
      expect(sms.text).toContain(locale === "en" ? "Reply T to stop" : "回T退订");
      expect(smsSegments(sms.text)).toBeLessThanOrEqual(locale === "en" ? 3 : 2);
      expect(sms.template).toMatch(locale === "en" ? /^wish-[a-z]+-en$/ : /^wish-[a-z]+$/);
      expect(sms.params.code).toBe("K7Q2-9MZD");
      expect(email.text).toMatch(/\/r\/[A-Za-z0-9_-]{38}\/stop/);
      expect(email.subject).toContain("K7Q2-9MZD");
    },
  );

  it("gives the unit and due date on referral, and the first words of the reply", () => {
    const referral = composeMessage(facts("REFERRAL", "zh")).sms.text;
    expect(referral).toContain("深圳市龙岗区住房和建设局物业管…");
    expect(referral).toContain("12月20日");
    const reply = composeMessage(facts("REPLY", "zh"));
    expect(reply.sms.text).toContain("楼道的路灯已经更换");
    expect(reply.sms.text).not.toContain("联系社区");
    expect(reply.email.text).toContain("如再有问题请直接联系社区");
    expect(composeMessage(facts("REFERRAL", "en")).sms.text).toContain("20 Dec");
  });

  it("sends a unit its own signed link to the referral, with no stop link and nothing about the resident", () => {
    const referralId = "0193a5b0-7c1e-7d2a-9b3c-4d5e6f708192";
    const { sms, email } = composeMessage({ ...facts("UNIT_REFERRAL", "zh"), referralId });
    expect(sms.text.startsWith("【园东社区】")).toBe(true);
    expect(sms.text).toMatch(/\/u\/[A-Za-z0-9_-]{38}/);
    expect(sms.text).not.toMatch(/\/r\//);
    expect(sms.text).not.toContain("回T退订");
    expect(sms.text).toContain("12月20日");
    expect(sms.template).toBe("unit-referral");
    expect(smsSegments(sms.text)).toBeLessThanOrEqual(2);
    expect(email.text).toMatch(/\/u\/[A-Za-z0-9_-]{38}/);
    expect(email.text).not.toMatch(/\/stop/);
    expect(email.subject).toContain("K7Q2-9MZD");
  });

  it.each(["UNIT_REMINDER", "UNIT_OVERDUE"] as const)("sends a unit its %s with its own link", (kind) => {
    const referralId = "0193a5b0-7c1e-7d2a-9b3c-4d5e6f708192";
    const { sms, email } = composeMessage({ ...facts(kind, "zh"), referralId });
    expect(sms.text).toContain("催办");
    expect(sms.text).toMatch(/\/u\/[A-Za-z0-9_-]{38}/);
    expect(sms.text).not.toContain("回T退订");
    expect(smsSegments(sms.text)).toBeLessThanOrEqual(2);
    expect(email.text).not.toMatch(/\/stop/);
  });

  it("tells the resident why an extension was granted", () => {
    const { sms, email } = composeMessage({ ...facts("EXTENSION", "zh"), note: "需等待供电局停电检修" });
    expect(sms.text).toContain("需等待供电局停电检修");
    expect(sms.text).toContain("12月20日");
    expect(email.text).toContain("需等待供电局停电检修");
  });

  it("links English wishes to the English page", () => {
    expect(composeMessage(facts("RECEIPT", "en")).sms.text).toMatch(/\/en\/r\//);
    expect(composeMessage(facts("RECEIPT", "zh")).sms.text).not.toMatch(/\/en\//);
  });
});

describe("signed message links", () => {
  const now = sz("2026-12-06T10:00:00");
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

  it("opens the wish it was made for, for 30 days", () => {
    const token = signMessageLink("reply", WISH, now);
    expect(token).toHaveLength(38);
    expect(verifyMessageLink("reply", token, now)).toEqual({ ok: true, id: WISH });
    expect(verifyMessageLink("reply", token, days(30))).toEqual({ ok: true, id: WISH });
    expect(verifyMessageLink("reply", token, days(31))).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses any changed character, another purpose and another key", () => {
    const token = signMessageLink("reply", WISH, now);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 37 }), fc.constantFrom(..."AbQ9_-"), (at, char) => {
        fc.pre(token[at] !== char);
        const forged = token.slice(0, at) + char + token.slice(at + 1);
        expect(verifyMessageLink("reply", forged, now).ok).toBe(false);
      }),
    );
    expect(verifyMessageLink("stop", token, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyMessageLink("reply", `${token}x`, now)).toEqual({ ok: false, reason: "invalid" });
    const other = signMessageLink("reply", "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6072", now);
    expect(verifyMessageLink("reply", other, now)).toEqual({
      ok: true,
      id: "0193a3c4-5d6e-7f80-9a1b-2c3d4e5f6072",
    });
    const original = process.env.HUIYIN_LOOKUP_KEY;
    process.env.HUIYIN_LOOKUP_KEY = randomBytes(32).toString("base64");
    expect(verifyMessageLink("reply", token, now).ok).toBe(false);
    process.env.HUIYIN_LOOKUP_KEY = original;
  });

  it("builds the address in the wish's language", () => {
    expect(messageLinkUrl("reply", "t", "zh")).toBe("http://localhost:3000/r/t");
    expect(messageLinkUrl("stop", "t", "en")).toBe("http://localhost:3000/en/r/t/stop");
  });
});
