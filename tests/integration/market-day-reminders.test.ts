// Market-day reminders (issue 13 §4) against a real database, a local webhook
// SMS gateway and a local SMTP server: double opt-in by SMS code and by email
// link, one reminder per subscriber per market day however often the job runs,
// quiet hours, retries, and stopping by link or by replying T.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { ActionError } from "@/lib/forms/action-error";
import { smtpEmail } from "@/lib/notifications/channels/smtp-email";
import { webhookSms } from "@/lib/notifications/channels/webhook-sms";
import { signMessageLink } from "@/lib/notifications/messages/message-link";
import { stopMessagesForPhone } from "@/lib/notifications/messages/stop-messages";
import { confirmReminderByLink, confirmReminderCode, stopReminderByLink } from "@/lib/reminders/confirm-reminder";
import { reminderRequestSchema } from "@/lib/reminders/reminder-form-schema";
import { requestReminder, type ReminderChannels } from "@/lib/reminders/request-reminder";
import { sendMarketDayReminders } from "@/lib/reminders/send-reminders";
import { json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";
import { parseMail } from "../helpers/parse-mail";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;

let gateway: LocalHttpServer;
let gatewayStatus = 200;
const mails: string[] = [];
const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      mails.push(Buffer.concat(chunks).toString("utf8"));
      callback();
    });
  },
});
let channels: ReminderChannels;

// 10:00 in Shenzhen on 5 March 2027; the market day is the next morning.
const NOW = new Date("2027-03-05T02:00:00Z");
let marketDayId = "";

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  gateway = await startLocalHttpServer((_request, response) => json(response, gatewayStatus, {}));
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  channels = {
    sms: webhookSms({ url: `${gateway.origin}/sms` }),
    email: smtpEmail({ url: `smtp://127.0.0.1:${smtpPort}`, from: "园东社区 <noreply@huiyin.example.org>" }),
  };
  const community = await prisma.community.findFirstOrThrow({ where: { slug: "yuandong" } });
  const day = await prisma.marketDay.create({
    data: {
      communityId: community.id,
      slug: "2027-03-06-test-market-day",
      title: "三月党员服务市集",
      theme: "学雷锋 便民服务进社区",
      startsAt: new Date("2027-03-06T01:00:00Z"),
      endsAt: new Date("2027-03-06T04:00:00Z"),
      place: "园东社区文化广场",
      status: "PUBLISHED",
      publishedAt: NOW,
    },
  });
  marketDayId = day.id;
});
afterAll(async () => {
  channels.email?.close();
  await gateway.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(async () => {
  await resetLimiters();
  gateway.received.length = 0;
  gatewayStatus = 200;
  mails.length = 0;
});

const keys = () => ({ deviceKey: `device-${randomUUID()}`, ipKey: `ip-${randomUUID()}` });
const sms = () => gateway.received.map((r) => JSON.parse(r.body.toString("utf8")) as { to: string; text: string });

async function subscribeBySms(phone: string, now = NOW) {
  const request = reminderRequestSchema.parse({ channel: "sms", phone, consent: "on" });
  const answer = await requestReminder(request, keys(), "zh", now, channels);
  if (answer.step !== "code") throw new Error("expected the code step");
  const code = /验证码 (\d{6})/.exec(sms().at(-1)!.text)![1]!;
  return { answer, code };
}

describe("subscribing by SMS (double opt-in)", () => {
  it("sends a six-digit code and nothing else until it is confirmed", async () => {
    const { answer, code } = await subscribeBySms("13600001111");
    expect(answer.maskedPhone).toBe("136****1111");
    expect(sms()).toHaveLength(1);
    expect(sms()[0]).toMatchObject({ to: "13600001111" });
    expect(sms()[0]!.text).toMatch(/^【园东社区】/);
    const row = await prisma.reminderSubscription.findFirstOrThrow({ where: { id: verifyId(answer.token) } });
    expect(row.confirmedAt).toBeNull();
    expect(row.addressEnc).not.toContain("13600001111");
    // Unconfirmed: the day-before run sends it nothing.
    gateway.received.length = 0;
    await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    expect(sms().filter((m) => m.to === "13600001111")).toHaveLength(0);

    await confirmReminderCode({ token: answer.token, code }, NOW);
    expect((await prisma.reminderSubscription.findUniqueOrThrow({ where: { id: row.id } })).confirmedAt).toEqual(NOW);
  });

  it("counts wrong codes and ends the code after five, or after ten minutes", async () => {
    const { answer, code } = await subscribeBySms("13600002222");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      await expect(confirmReminderCode({ token: answer.token, code: wrong }, NOW)).rejects.toMatchObject({
        code: "forms.errors.checkFields",
      });
    }
    await expect(confirmReminderCode({ token: answer.token, code }, NOW)).rejects.toMatchObject({
      code: "reminders.errors.codeExpired",
    });

    const late = await subscribeBySms("13600003333");
    await expect(
      confirmReminderCode({ token: late.answer.token, code: late.code }, new Date(NOW.getTime() + 11 * 60_000)),
    ).rejects.toBeInstanceOf(ActionError);
  });

  it("sends a new code at most once a minute, and refuses a failed gateway clearly", async () => {
    await subscribeBySms("13600004444");
    const again = reminderRequestSchema.parse({ channel: "sms", phone: "13600004444", consent: "on" });
    await expect(
      requestReminder(again, keys(), "zh", new Date(NOW.getTime() + 30_000), channels),
    ).rejects.toMatchObject({
      code: "reminders.errors.wait",
    });
    gatewayStatus = 503;
    const other = reminderRequestSchema.parse({ channel: "sms", phone: "13600005555", consent: "on" });
    await expect(requestReminder(other, keys(), "zh", NOW, channels)).rejects.toMatchObject({
      code: "reminders.errors.sendFailed",
    });
  });

  it("asks for consent and a valid number", () => {
    const parsed = reminderRequestSchema.safeParse({ channel: "sms", phone: "12345" });
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["phone.invalid", "consent.required"]));
  });
});

function verifyId(token: string): string {
  // The code step's token names the subscription; read it the way the service does.
  return Buffer.from(token, "base64url")
    .subarray(0, 16)
    .toString("hex")
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
}

describe("subscribing by email", () => {
  it("sends a confirmation link, and the subscription starts only when it is pressed", async () => {
    const request = reminderRequestSchema.parse({ channel: "email", email: "Resident@Example.org", consent: "on" });
    expect(await requestReminder(request, keys(), "en", NOW, channels)).toEqual({ step: "email" });
    expect(mails).toHaveLength(1);
    const mail = parseMail(mails[0]!);
    const token = /\/en\/reminders\/confirm\/([A-Za-z0-9_-]{38})/.exec(mail.body)![1]!;
    const row = await prisma.reminderSubscription.findFirstOrThrow({ where: { channel: "EMAIL" } });
    expect(row.confirmedAt).toBeNull();
    await confirmReminderByLink(token, NOW);
    expect((await prisma.reminderSubscription.findUniqueOrThrow({ where: { id: row.id } })).confirmedAt).toEqual(NOW);
    const tampered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`;
    await expect(confirmReminderByLink(tampered, NOW)).rejects.toBeInstanceOf(ActionError);
  });
});

describe("the day before", () => {
  it("reminds every confirmed subscriber once, with theme, time and place, however often it runs", async () => {
    const { answer, code } = await subscribeBySms("13600006666");
    await confirmReminderCode({ token: answer.token, code }, NOW);
    gateway.received.length = 0;
    const first = await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    expect(first.marketDays).toBe(1);
    const mine = sms().filter((m) => m.to === "13600006666");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain("明天3月6日 09:00");
    expect(mine[0]!.text).toContain("园东社区文化广场");
    expect(mine[0]!.text).toContain("/market-days/2027-03-06-test-market-day");
    expect(mine[0]!.text).toMatch(/回T退订$/);
    await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    expect(sms().filter((m) => m.to === "13600006666")).toHaveLength(1);
    expect(await prisma.reminderDelivery.count({ where: { marketDayId, status: "SENT" } })).toBeGreaterThanOrEqual(2);
  });

  it("waits out quiet hours, and tries a failed send again on the next run", async () => {
    const { answer, code } = await subscribeBySms("13600007777");
    await confirmReminderCode({ token: answer.token, code }, NOW);
    await prisma.reminderDelivery.deleteMany({});
    gateway.received.length = 0;
    const night = new Date("2027-03-04T15:00:00Z"); // 23:00 in Shenzhen, the evening before the day before
    expect(await sendMarketDayReminders(night, { channels })).toMatchObject({ quiet: true, sent: 0 });
    expect(sms()).toHaveLength(0);
    gatewayStatus = 503;
    const failing = await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    expect(failing.failed).toBeGreaterThan(0);
    expect(await prisma.reminderDelivery.count({ where: { status: "PENDING", attempts: 1 } })).toBeGreaterThan(0);
    gatewayStatus = 200;
    const retried = await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    expect(retried.sent).toBe(failing.failed);
    expect(await prisma.reminderDelivery.count({ where: { status: { not: "SENT" } } })).toBe(0);
  });

  it("stops by the link in a reminder, and by replying T", async () => {
    const a = await subscribeBySms("13600008888");
    await confirmReminderCode({ token: a.answer.token, code: a.code }, NOW);
    const b = await subscribeBySms("13600009999");
    await confirmReminderCode({ token: b.answer.token, code: b.code }, NOW);
    await stopReminderByLink(signMessageLink("reminder-stop", verifyId(a.answer.token), NOW), NOW);
    await stopMessagesForPhone("13600009999", NOW);
    await prisma.reminderDelivery.deleteMany({});
    gateway.received.length = 0;
    await sendMarketDayReminders(NOW, { quietHours: "off", channels });
    const to = sms().map((m) => m.to);
    expect(to).not.toContain("13600008888");
    expect(to).not.toContain("13600009999");
    expect(to).toContain("13600006666");
  });
});
