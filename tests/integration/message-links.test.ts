// Issue 13, the resident's side of messages against a real database: the consent
// and language stored with a wish, the signed link that opens the reply and the
// rating form, the stop link and the reply keyword, and the daily cap's count.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { ActionError } from "@/lib/forms/action-error";
import { applyTransition } from "@/lib/wishes/apply-transition";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { rateLinkedWish, stopLinkedMessages, wishForLink } from "@/lib/wishes/link-request";
import { signMessageLink } from "@/lib/notifications/messages/message-link";
import { capReached } from "@/lib/notifications/messages/daily-cap";
import { webhookSignature } from "@/lib/notifications/channels/webhook-sms";
import { phoneLookupHash } from "@/lib/privacy/personal-data";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// Before any import: lib/env reads the environment once, when first imported.
const SECRET = vi.hoisted(() => {
  const secret = "inbound-secret-for-the-test-only";
  process.env.SMS_WEBHOOK_SECRET = secret;
  return secret;
});
useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
const { POST: inbound } = await import("@/app/api/sms/inbound/route");

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
});
beforeEach(() => resetLimiters());

const PHONE = "13912345678";

async function submit(extra: Record<string, unknown> = {}, locale = "zh-CN") {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "elderly-care",
    content: "小区门口的路灯不亮了，晚上走路看不清。",
    phone: PHONE,
    consent: "on",
    idempotencyKey: randomUUID(),
    ...extra,
  });
  return submitWish(values, { channel: "WEB", locale });
}

async function settle(wishId: string, reply = "路灯已经修好，谢谢您的反映。") {
  await prisma.$transaction((tx) =>
    applyTransition(tx, {
      wishId,
      expectedVersion: null,
      action: "SETTLE",
      actor: { type: "STAFF" },
      fields: { publicReply: reply },
    }),
  );
}

describe("consent and language are stored with the wish", () => {
  it("stores the consent to messages only when ticked, and the page's language", async () => {
    const quiet = await submit();
    const told = await submit({ messages: "on", email: "resident@example.org" }, "en");
    const rows = await prisma.wish.findMany({
      where: { id: { in: [quiet.id, told.id] } },
      select: { id: true, messageConsentAt: true, locale: true, emailEnc: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(quiet.id)).toMatchObject({ messageConsentAt: null, locale: "zh", emailEnc: null });
    expect(byId.get(told.id)?.messageConsentAt).toBeInstanceOf(Date);
    expect(byId.get(told.id)?.locale).toBe("en");
    // Encrypted like the phone: the address is not in the row in clear.
    expect(byId.get(told.id)?.emailEnc).toMatch(/^v1:/);
    expect(byId.get(told.id)?.emailEnc).not.toContain("resident@");
  });

  it("keeps no email and no consent to messages for an anonymous wish", async () => {
    const values = wishFormSchema.parse({
      kind: "opinion",
      content: "希望市集多办几次。",
      anonymous: "on",
      idempotencyKey: randomUUID(),
    });
    const wish = await submitWish(values, { channel: "WEB" });
    const row = await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } });
    expect(row.messageConsentAt).toBeNull();
    expect(row.emailEnc).toBeNull();
  });
});

describe("the reply link", () => {
  it("opens the wish with its reply and rating form, and a rating of 2 reopens it", async () => {
    const wish = await submit({ messages: "on" });
    await settle(wish.id);
    const token = signMessageLink("reply", wish.id, new Date());
    const linked = await wishForLink(token, "zh-CN");
    expect(linked.ok).toBe(true);
    if (!linked.ok) return;
    expect(linked.wish.reply).toBe("路灯已经修好，谢谢您的反映。");
    expect(linked.wish.canRate).toBe(true);
    expect(linked.wish.maskedPhone).toBe("*******5678");
    expect(JSON.stringify(linked.wish)).not.toContain(PHONE);

    const answer = await rateLinkedWish({ token, rating: "2", comment: "晚上还是暗" }, "zh-CN");
    expect(answer).toMatchObject({ rating: "reopened" });
    const row = await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } });
    expect(row.status).toBe("REOPENED");
    expect(row.satisfaction).toBe(2);
    // Once per settlement: the same link cannot rate again.
    const again = await rateLinkedWish({ token, rating: "5", comment: "" }, "zh-CN");
    expect(again).toMatchObject({ rating: "notRatable" });
  });

  it("sends an invalid rating back with the wish, and keeps what was typed", async () => {
    const wish = await submit();
    await settle(wish.id);
    const token = signMessageLink("reply", wish.id, new Date());
    const answer = await rateLinkedWish({ token, rating: "9", comment: "写了一半" }, "en");
    expect("fieldErrors" in answer && answer.fieldErrors.rating).toBeTruthy();
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } })).status).toBe("SETTLED");
  });

  it("refuses an expired, tampered, stop-purpose or erased wish's link", async () => {
    const wish = await submit();
    const old = signMessageLink("reply", wish.id, new Date(Date.now() - 31 * 86_400_000));
    expect(await wishForLink(old, "zh-CN")).toEqual({ ok: false, reason: "expired" });
    const token = signMessageLink("reply", wish.id, new Date());
    const tampered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
    expect(await wishForLink(tampered, "zh-CN")).toEqual({ ok: false, reason: "invalid" });
    expect(await wishForLink(signMessageLink("stop", wish.id, new Date()), "zh-CN")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const gone = signMessageLink("reply", randomUUID(), new Date());
    expect(await wishForLink(gone, "zh-CN")).toEqual({ ok: false, reason: "invalid" });
    await expect(rateLinkedWish({ token: tampered, rating: "5", comment: "" }, "zh-CN")).rejects.toBeInstanceOf(
      ActionError,
    );
  });

  it("a link for one wish never opens another", async () => {
    const first = await submit();
    const second = await submit();
    const linked = await wishForLink(signMessageLink("reply", first.id, new Date()), "zh-CN");
    expect(linked.ok && linked.wish.code.replace(/-/g, "")).toBe(first.trackingCode);
    expect(linked.ok && linked.wish.code.replace(/-/g, "")).not.toBe(second.trackingCode);
  });
});

describe("stopping messages", () => {
  it("the stop link stops one wish, the reply page's button too", async () => {
    const one = await submit({ messages: "on" });
    const other = await submit({ messages: "on" });
    await stopLinkedMessages(signMessageLink("stop", one.id, new Date()), "stop");
    const rows = await prisma.wish.findMany({ where: { id: { in: [one.id, other.id] } } });
    expect(rows.find((r) => r.id === one.id)?.messagesStoppedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === other.id)?.messagesStoppedAt).toBeNull();
    await stopLinkedMessages(signMessageLink("reply", other.id, new Date()), "reply");
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: other.id } })).messagesStoppedAt).toBeInstanceOf(Date);
    const linked = await wishForLink(signMessageLink("reply", other.id, new Date()), "zh-CN");
    expect(linked.ok && linked.messagesStopped).toBe(true);
  });

  const post = (body: object, signature?: string) => {
    const text = JSON.stringify(body);
    return inbound(
      new Request("https://huiyin.example/api/sms/inbound", {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Huiyin-Signature": signature ?? webhookSignature(SECRET, text),
        },
        body: text,
      }),
    );
  };

  it("a reply of T from the gateway stops every wish sent to that phone; other replies change nothing", async () => {
    const phone = "13712340000";
    const a = await submit({ messages: "on", phone });
    const b = await submit({ messages: "on", phone });
    const stranger = await submit({ messages: "on", phone: "13712349999" });
    expect((await post({ from: phone, text: "谢谢" })).status).toBe(204);
    expect(await prisma.wish.count({ where: { id: { in: [a.id, b.id] }, messagesStoppedAt: { not: null } } })).toBe(0);
    expect((await post({ from: `+86 ${phone}`, text: " ｔ " })).status).toBe(204);
    expect(await prisma.wish.count({ where: { id: { in: [a.id, b.id] }, messagesStoppedAt: { not: null } } })).toBe(2);
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: stranger.id } })).messagesStoppedAt).toBeNull();
  });

  it("refuses a forged or unsigned reply and a malformed body", async () => {
    const phone = "13712341111";
    const wish = await submit({ messages: "on", phone });
    expect((await post({ from: phone, text: "T" }, "sha256=00")).status).toBe(401);
    expect((await post({ from: phone, text: "T" }, webhookSignature("another-secret-of-16+", "{}"))).status).toBe(401);
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } })).messagesStoppedAt).toBeNull();
    expect((await post({ sender: phone })).status).toBe(400);
  });
});

describe("the daily cap", () => {
  it("counts the messages sent to one recipient since midnight Shenzhen time", async () => {
    const wish = await submit({ messages: "on" });
    const hash = phoneLookupHash(PHONE);
    const now = new Date("2026-12-06T04:00:00Z"); // 12:00 in Shenzhen
    const yesterday = new Date("2026-12-05T15:59:00Z"); // 23:59 the day before
    await prisma.notification.createMany({
      data: [
        ...[1, 2].map((eventSequence) => ({
          wishId: wish.id,
          eventSequence,
          kind: "REPLY" as const,
          channel: "SMS" as const,
          status: "SENT" as const,
          sentAt: new Date("2026-12-05T16:30:00Z"),
          recipientHash: hash,
        })),
        {
          wishId: wish.id,
          eventSequence: 3,
          kind: "REPLY",
          channel: "SMS",
          status: "SENT",
          sentAt: yesterday,
          recipientHash: hash,
        },
        { wishId: wish.id, eventSequence: 4, kind: "REPLY", channel: "SMS", status: "PENDING", recipientHash: hash },
      ],
    });
    expect(await capReached(prisma, hash, now, 2)).toBe(true);
    expect(await capReached(prisma, hash, now, 3)).toBe(false);
    expect(await capReached(prisma, "someone-else", now, 1)).toBe(false);
  });
});
