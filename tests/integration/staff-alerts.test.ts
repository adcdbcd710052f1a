// Staff notifications (issue 13 §7) against a real database, a local webhook
// that answers like a WeCom group robot, and a local SMTP server: new wishes and
// deadlines reach the group and the members who asked, once each however often
// the job runs; nothing personal is in them; a digest goes out each morning.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { smtpEmail } from "@/lib/notifications/channels/smtp-email";
import { groupWebhook } from "@/lib/staff-alerts/group-webhook";
import { runStaffAlerts, type StaffAlertChannels } from "@/lib/staff-alerts/run-staff-alerts";
import { alertSettingsSchema, updateAlertSettings } from "@/lib/staff/alert-settings";
import { submitWish } from "@/lib/wishes/submit-wish";
import { referWish } from "@/lib/wishes/refer-wish";
import { dashboardSummary } from "@/lib/wishes/dashboard-summary";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";
import { parseMail } from "../helpers/parse-mail";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;

let robot: LocalHttpServer;
let robotAnswer: { status: number; body: unknown } = { status: 200, body: { errcode: 0, errmsg: "ok" } };
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
let channels: StaffAlertChannels;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  robot = await startLocalHttpServer((_request, response) => json(response, robotAnswer.status, robotAnswer.body));
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  channels = {
    webhook: groupWebhook(`${robot.origin}/cgi-bin/webhook/send?key=test`),
    email: smtpEmail({
      url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      from: "回音 <noreply@huiyin.example.org>",
    }),
  };
  // The seed's wishes are years old: only what happens in these tests is new.
  const staff = await seededActor(prisma, "staff");
  await updateAlertSettings(
    staff,
    alertSettingsSchema.parse({ alertEmail: "staff@huiyin.example.org", alertNewWishes: "on", dailyDigest: "on" }),
  );
});
afterAll(async () => {
  channels.email?.close();
  await robot.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(() => {
  robot.received.length = 0;
  mails.length = 0;
  robotAnswer = { status: 200, body: { errcode: 0, errmsg: "ok" } };
});

const robotTexts = () =>
  robot.received.map((r) => JSON.parse(r.body.toString("utf8")) as { msgtype: string; text: { content: string } });

async function newWish(phone = "13812340001") {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "elderly-care",
    content: "希望增加老年人助餐点，我叫测试居民。",
    name: "测试居民",
    phone,
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return submitWish(values, { channel: "WEB" });
}

describe("new wishes", () => {
  it("reach the group robot and the members who asked, once, without personal data", async () => {
    const wish = await newWish();
    const now = new Date(Date.now() + 60_000);
    const run = await runStaffAlerts(now, { quietHours: "off", channels });
    expect(run.sent).toBeGreaterThanOrEqual(1);
    const [message] = robotTexts();
    expect(message?.msgtype).toBe("text");
    expect(message?.text.content).toContain("新心愿");
    expect(message?.text.content).toContain(wish.trackingCode.slice(0, 4));
    expect(message?.text.content).toContain(`/admin/wishes/${wish.id}`);
    for (const secret of ["测试居民", "13812340001", "助餐点"]) expect(message?.text.content).not.toContain(secret);
    const mail = mails.map(parseMail).find((m) => m.headers.get("to")?.includes("staff@huiyin.example.org"));
    expect(mail?.body).toContain(`/admin/wishes/${wish.id}`);

    robot.received.length = 0;
    mails.length = 0;
    await runStaffAlerts(new Date(now.getTime() + 60_000), { quietHours: "off", channels });
    expect(robotTexts().some((m) => m.text.content.includes(wish.id))).toBe(false);
  });

  it("tries again after the robot refuses for a moment, and waits out quiet hours", async () => {
    const wish = await newWish("13812340002");
    const night = new Date("2030-01-01T15:00:00Z"); // 23:00 in Shenzhen
    expect(await runStaffAlerts(night, { quietHours: "21:00-08:00", channels })).toMatchObject({
      quiet: true,
      sent: 0,
    });
    robotAnswer = { status: 200, body: { errcode: 45009, errmsg: "api freq out of limit" } };
    const refused = await runStaffAlerts(new Date(Date.now() + 60_000), { quietHours: "off", channels });
    expect(refused.failed).toBeGreaterThan(0);
    const row = await prisma.staffAlert.findFirstOrThrow({ where: { wishId: wish.id, kind: "NEW_WISH" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastErrorCode: "wecom.45009" });
    robotAnswer = { status: 200, body: { errcode: 0 } };
    await runStaffAlerts(new Date(Date.now() + 120_000), { quietHours: "off", channels });
    expect((await prisma.staffAlert.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SENT");
  });
});

describe("deadlines (催办)", () => {
  it("warns in the last quarter of the reply time, and again when it has passed", async () => {
    const wish = await newWish("13812340003");
    const row = await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } });
    const target = row.replyDueAt.getTime() - row.createdAt.getTime();
    await runStaffAlerts(new Date(row.createdAt.getTime() + 60_000), { quietHours: "off", channels });
    robot.received.length = 0;

    await runStaffAlerts(new Date(row.createdAt.getTime() + 0.8 * target), { quietHours: "off", channels });
    expect(
      robotTexts()
        .map((m) => m.text.content)
        .join("\n"),
    ).toContain("快到首次答复期限");
    robot.received.length = 0;
    await runStaffAlerts(new Date(row.replyDueAt.getTime() + 60_000), { quietHours: "off", channels });
    expect(
      robotTexts()
        .map((m) => m.text.content)
        .join("\n"),
    ).toContain("已超过首次答复期限");
    expect(await prisma.staffAlert.count({ where: { wishId: wish.id } })).toBe(3);
  });
});

describe("an overdue referral (issue 14 §2)", () => {
  it("is flagged to the council secretary, who asked for no alerts, and on their dashboard", async () => {
    const secretary = await seededActor(prisma, "secretary");
    const staff = await seededActor(prisma, "staff");
    // An alert address only: no deadline or new-wish alerts chosen.
    await updateAlertSettings(secretary, alertSettingsSchema.parse({ alertEmail: "secretary@huiyin.example.org" }));
    const wish = await newWish("13812340009");
    const unit = await prisma.organization.findFirstOrThrow({ where: { communityId: staff.communityId } });
    const dueAt = new Date(Date.now() + 2 * 86_400_000);
    await referWish(staff, { wishId: wish.id, expectedVersion: 0, referralOrgId: unit.id, referralDueAt: dueAt });
    mails.length = 0;
    const after = new Date(dueAt.getTime() + 60_000);
    await runStaffAlerts(after, { quietHours: "off", channels });
    const toSecretary = mails
      .map(parseMail)
      .filter((m) => m.headers.get("to")?.includes("secretary@huiyin.example.org"));
    expect(toSecretary).toHaveLength(1);
    expect(toSecretary[0]?.body).toContain("转办已超期");
    expect(toSecretary[0]?.body).toContain(`/admin/wishes/${wish.id}`);
    // Only the flag: new wishes are not theirs unless they ask.
    expect(toSecretary[0]?.body).not.toContain("新心愿");
    // The seed's 2023 referrals are long overdue; this one joins them once its date passes.
    const now = (await dashboardSummary(secretary, new Date())).overdueReferrals;
    expect((await dashboardSummary(secretary, after)).overdueReferrals).toBe(now + 1);
  });
});

describe("an alert that is no longer true", () => {
  it("is dropped, not sent, once the wish has been answered", async () => {
    const wish = await newWish("13812340004");
    const row = await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } });
    robotAnswer = { status: 503, body: {} };
    await runStaffAlerts(new Date(row.replyDueAt.getTime() + 60_000), { quietHours: "off", channels });
    expect(
      await prisma.staffAlert.count({ where: { wishId: wish.id, kind: "REPLY_OVERDUE", status: "PENDING" } }),
    ).toBe(1);
    await prisma.wish.update({ where: { id: wish.id }, data: { firstReplyAt: new Date(), status: "SETTLED" } });
    robotAnswer = { status: 200, body: { errcode: 0 } };
    robot.received.length = 0;
    await runStaffAlerts(new Date(row.replyDueAt.getTime() + 120_000), { quietHours: "off", channels });
    expect(
      await prisma.staffAlert.findFirstOrThrow({ where: { wishId: wish.id, kind: "REPLY_OVERDUE" } }),
    ).toMatchObject({
      status: "SKIPPED",
      lastErrorCode: "resolved",
    });
    expect(robotTexts().some((m) => m.text.content.includes(wish.id))).toBe(false);
  });
});

describe("the daily digest", () => {
  it("goes to each member who asked, once a day, after 8:00", async () => {
    const morning = new Date("2030-01-02T01:30:00Z"); // 09:30 in Shenzhen
    await runStaffAlerts(morning, { quietHours: "off", channels });
    const digests = mails.map(parseMail).filter((m) => m.headers.get("subject")?.includes("心愿日报"));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.body).toMatch(/已超期：\d+/);
    mails.length = 0;
    await runStaffAlerts(new Date(morning.getTime() + 3_600_000), { quietHours: "off", channels });
    expect(mails.map(parseMail).filter((m) => m.headers.get("subject")?.includes("心愿日报"))).toHaveLength(0);
  });
});
