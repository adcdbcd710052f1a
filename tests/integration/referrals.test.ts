// Issue 14 §1 against a real database: a referral is a record its unit works
// itself, through a signed link or a UNIT account. Each step is one transition
// (the WishEvent names the referral), checks the referral's own state, and
// notifies whoever is next: the unit on a new referral, staff on a return or an
// extension request, the resident on an answer or an approved extension.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { signMessageLink } from "@/lib/notifications/messages/message-link";
import { referWish } from "@/lib/wishes/refer-wish";
import { settleWish } from "@/lib/wishes/settle-wish";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { takeUnitStep } from "@/lib/referrals/take-unit-step";
import { checkUnitLink } from "@/lib/referrals/unit-access";
import { loadUnitReferral } from "@/lib/referrals/unit-referral-query";
import { remindUnits } from "@/lib/referrals/remind-units";
import { loadWishById } from "@/lib/wishes/track-wish";
import { rateWish } from "@/lib/wishes/rate-wish";
import { queryUnitFigures } from "@/lib/reports/unit-figures";
import { listUnitReferrals } from "@/lib/referrals/unit-referral-list";
import { createStaffUser } from "@/lib/staff/create-staff-user";
import { createStaffSchema } from "@/lib/staff/staff-schemas";
import { approveExtension, grantContact, refuseExtension, rerouteReferral } from "@/lib/referrals/steer-referral";
import { smtpEmail } from "@/lib/notifications/channels/smtp-email";
import { logSms } from "@/lib/notifications/channels/log-sms";
import { deliverNotification } from "@/lib/notifications/outbox/deliver-notification";
import { startLocalSmtp } from "../helpers/local-smtp-server";
import { parseMail } from "../helpers/parse-mail";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;

let staff: Actor;
let secretary: Actor;
let unitA: { id: string };
let unitB: { id: string };
let unitNoContact: { id: string };
let communityId: string;
const DAY = 86_400_000;
const due = (days = 5) => new Date(Date.now() + days * DAY);

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(prisma, "staff");
  secretary = await seededActor(prisma, "secretary");
  communityId = staff.communityId;
  const make = (name: string, contact: { contactEmail?: string; contactPhone?: string }) =>
    prisma.organization.create({
      data: { communityId, name, type: "GOVERNMENT_DEPARTMENT", ...contact },
      select: { id: true },
    });
  unitA = await make("测试住建办", { contactEmail: "duty@housing.example.cn", contactPhone: "13800000001" });
  unitB = await make("测试物业公司", { contactEmail: "duty@property.example.cn" });
  unitNoContact = await make("测试无联系方式单位", {});
});
beforeEach(() => resetLimiters());

async function newWish(messages = true) {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "environment-property",
    content: "3栋楼道的灯坏了一个多月，晚上上下楼很危险。",
    name: "陈女士",
    phone: "13912345678",
    building: "3栋",
    consent: "on",
    ...(messages ? { messages: "on" } : {}),
    idempotencyKey: randomUUID(),
  });
  return submitWish(values, { channel: "WEB", locale: "zh-CN" });
}

async function version(wishId: string) {
  return (await prisma.wish.findUniqueOrThrow({ where: { id: wishId }, select: { version: true } })).version;
}

async function referred(orgId = unitA.id) {
  const wish = await newWish();
  await referWish(staff, { wishId: wish.id, expectedVersion: 0, referralOrgId: orgId, referralDueAt: due() });
  const referral = await prisma.referral.findFirstOrThrow({ where: { wishId: wish.id, status: "SENT" } });
  return { wishId: wish.id, referral, token: signMessageLink("unit", referral.id, new Date()) };
}

const link = (token: string) => ({ kind: "link" as const, token });

describe("referring a wish opens a referral and sends its unit a link", () => {
  it("writes the referral, names it on the event, and queues the unit's email and SMS", async () => {
    const { wishId, referral } = await referred();
    expect(referral).toMatchObject({ organizationId: unitA.id, communityId, status: "SENT", closedAt: null });
    const event = await prisma.wishEvent.findFirstOrThrow({ where: { wishId, action: "REFER" } });
    expect(event.referralId).toBe(referral.id);
    const toUnit = await prisma.notification.findMany({ where: { wishId, kind: "UNIT_REFERRAL" } });
    expect(toUnit.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(toUnit.every((n) => n.referralId === referral.id)).toBe(true);
    // The resident hears of the referral too, as before.
    expect(await prisma.notification.count({ where: { wishId, kind: "REFERRAL" } })).toBeGreaterThan(0);
  });

  it("sends nothing to a unit without a contact, but still records the referral", async () => {
    const { wishId } = await referred(unitNoContact.id);
    expect(await prisma.notification.count({ where: { wishId, kind: "UNIT_REFERRAL" } })).toBe(0);
  });
});

describe("the unit's signed link", () => {
  it("opens its referral, and nothing when tampered, expired, of another purpose or after closure", async () => {
    const { referral, token, wishId } = await referred();
    expect(await checkUnitLink(token)).toEqual({ ok: true, referralId: referral.id, wishId });
    const flipped = token.slice(0, 5) + (token[5] === "A" ? "B" : "A") + token.slice(6);
    expect(await checkUnitLink(flipped)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await checkUnitLink(token, new Date(Date.now() + 181 * DAY))).toEqual({ ok: false, reason: "expired" });
    // A resident's reply link for the same id is not a unit link.
    expect(await checkUnitLink(signMessageLink("reply", referral.id, new Date()))).toMatchObject({ ok: false });
    await settleWish(staff, { wishId, expectedVersion: await version(wishId), publicReply: "社区已直接处理。" });
    expect(await checkUnitLink(token)).toEqual({ ok: false, reason: "closed", closedAs: "WITHDRAWN" });
    const after = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after.status).toBe("WITHDRAWN");
    await expect(
      takeUnitStep(link(token), { step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} }),
    ).rejects.toMatchObject({ code: "referrals.link.closed" });
  });

  it("does not let one referral's link work another referral", async () => {
    const first = await referred();
    const second = await referred();
    await expect(
      takeUnitStep(link(first.token), {
        referralId: second.referral.id,
        step: "ACCEPT_REFERRAL",
        expectedVersion: await version(second.wishId),
        fields: {},
      }),
    ).rejects.toMatchObject({ code: "referrals.link.invalid" });
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: second.referral.id } })).status).toBe("SENT");
  });
});

describe("accept and answer", () => {
  it("accepts once, then the answer settles the wish, tells the resident and closes the link", async () => {
    const { wishId, referral, token } = await referred();
    await takeUnitStep(link(token), { step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} });
    const accepted = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.acceptedAt).not.toBeNull();
    // A second tab accepting again: the referral is no longer SENT, nothing is written.
    await expect(
      takeUnitStep(link(token), { step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} }),
    ).rejects.toMatchObject({ code: "forms.errors.stale" });
    // A stale version (the page before the acceptance) is refused too.
    await expect(
      takeUnitStep(link(token), {
        step: "ANSWER_REFERRAL",
        expectedVersion: 1,
        fields: { publicReply: "已修好。" },
      }),
    ).rejects.toMatchObject({ code: "forms.errors.stale" });

    await takeUnitStep(link(token), {
      step: "ANSWER_REFERRAL",
      expectedVersion: await version(wishId),
      fields: { publicReply: "楼道灯已更换，今后每周巡查。", internalNote: "更换了两盏。" },
    });
    const wish = await prisma.wish.findUniqueOrThrow({ where: { id: wishId } });
    expect(wish.status).toBe("SETTLED");
    expect(wish.publicReply).toBe("楼道灯已更换，今后每周巡查。");
    expect(wish.settledAt).not.toBeNull();
    const answered = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(answered.status).toBe("ANSWERED");
    expect(answered.closedAt).not.toBeNull();
    const events = await prisma.wishEvent.findMany({
      where: { wishId, referralId: referral.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorType])).toEqual([
      ["REFER", "STAFF"],
      ["ACCEPT_REFERRAL", "UNIT"],
      ["ANSWER_REFERRAL", "UNIT"],
    ]);
    expect(await prisma.notification.count({ where: { wishId, kind: "REPLY" } })).toBeGreaterThan(0);
    expect(await checkUnitLink(token)).toEqual({ ok: false, reason: "closed", closedAs: "ANSWERED" });

    // The resident's rating rates the unit whose answer settled the wish: its figures read it off the referral.
    expect(await rateWish({ wishId, rating: 4, comment: "" })).toBe("rated");
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })).satisfaction).toBe(4);
    const [figures] = await queryUnitFigures({ organizationId: unitA.id, communityId });
    expect(figures?.rated).toBeGreaterThanOrEqual(1);
    expect(figures?.satisfaction).not.toBeNull();
  });
});

describe("return and re-route", () => {
  it("a return leaves the wish with the community and alerts staff; a re-route opens a new referral", async () => {
    const { wishId, referral, token } = await referred();
    await takeUnitStep(link(token), {
      step: "RETURN_REFERRAL",
      expectedVersion: await version(wishId),
      fields: { internalNote: "楼道照明归物业公司管理。" },
    });
    const returned = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(returned).toMatchObject({ status: "RETURNED", returnReason: "楼道照明归物业公司管理。" });
    const wish = await prisma.wish.findUniqueOrThrow({ where: { id: wishId } });
    expect(wish.status).toBe("REFERRED");
    expect(wish.referralOrgId).toBeNull();
    expect(await prisma.staffAlert.count({ where: { wishId, kind: "REFERRAL_RETURNED" } })).toBe(1);

    const newDue = due(7);
    await rerouteReferral(staff, {
      wishId,
      expectedVersion: await version(wishId),
      referralOrgId: unitB.id,
      referralDueAt: newDue,
    });
    const rows = await prisma.referral.findMany({ where: { wishId }, orderBy: { sentAt: "asc" } });
    expect(rows.map((r) => [r.organizationId, r.status])).toEqual([
      [unitA.id, "RETURNED"],
      [unitB.id, "SENT"],
    ]);
    const rerouted = await prisma.wish.findUniqueOrThrow({ where: { id: wishId } });
    expect(rerouted.referralOrgId).toBe(unitB.id);
    expect(rerouted.referralDueAt?.getTime()).toBe(newDue.getTime());
    const toB = await prisma.notification.findMany({
      where: { wishId, kind: "UNIT_REFERRAL", referralId: rows[1]!.id },
    });
    expect(toB.map((n) => n.channel)).toEqual(["EMAIL"]);
  });

  it("re-routes a stalled referral: the first unit's link stops working", async () => {
    const { wishId, token } = await referred();
    await rerouteReferral(staff, {
      wishId,
      expectedVersion: await version(wishId),
      referralOrgId: unitB.id,
      referralDueAt: due(),
    });
    expect(await checkUnitLink(token)).toEqual({ ok: false, reason: "closed", closedAs: "WITHDRAWN" });
  });

  it("refuses a re-route to another community's unit", async () => {
    const other = await prisma.community.create({
      data: { slug: `other-${randomUUID().slice(0, 6)}`, name: "另一个社区" },
    });
    const foreign = await prisma.organization.create({
      data: { communityId: other.id, name: "外社区单位", type: "COMPANY", contactEmail: "x@example.cn" },
    });
    const { wishId } = await referred();
    await expect(
      rerouteReferral(staff, {
        wishId,
        expectedVersion: await version(wishId),
        referralOrgId: foreign.id,
        referralDueAt: due(),
      }),
    ).rejects.toMatchObject({ code: "forms.errors.checkFields" });
  });
});

describe("extensions", () => {
  it("a request alerts staff, one at a time; approval moves the due date and tells the resident why", async () => {
    const { wishId, referral, token } = await referred();
    const until = due(20);
    await takeUnitStep(link(token), {
      step: "REQUEST_EXTENSION",
      expectedVersion: await version(wishId),
      fields: { extensionUntil: until, internalNote: "需等供电局停电检修。" },
    });
    expect(await prisma.staffAlert.count({ where: { wishId, kind: "EXTENSION_REQUESTED" } })).toBe(1);
    await expect(
      takeUnitStep(link(token), {
        step: "REQUEST_EXTENSION",
        expectedVersion: await version(wishId),
        fields: { extensionUntil: until, internalNote: "再申请一次" },
      }),
    ).rejects.toMatchObject({ code: "forms.errors.stale" });

    await approveExtension(staff, {
      wishId,
      expectedVersion: await version(wishId),
      referralDueAt: until,
      publicNote: "需等供电局停电检修，期限顺延。",
    });
    const after = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after.dueAt.getTime()).toBe(until.getTime());
    expect(after.extensionsGranted).toBe(1);
    expect(after.extensionRequestedAt).toBeNull();
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: wishId } })).referralDueAt?.getTime()).toBe(
      until.getTime(),
    );
    const told = await prisma.notification.findMany({ where: { wishId, kind: "EXTENSION" } });
    expect(told.length).toBeGreaterThan(0);
    // Nothing left to decide.
    await expect(
      refuseExtension(staff, { wishId, expectedVersion: await version(wishId), internalNote: "不行" }),
    ).rejects.toMatchObject({ code: "forms.errors.stale" });
  });

  it("a refusal keeps the due date and lets the unit ask again", async () => {
    const { wishId, referral, token } = await referred();
    const before = referral.dueAt.getTime();
    await takeUnitStep(link(token), {
      step: "REQUEST_EXTENSION",
      expectedVersion: await version(wishId),
      fields: { extensionUntil: due(30), internalNote: "人手不足。" },
    });
    await refuseExtension(staff, { wishId, expectedVersion: await version(wishId), internalNote: "请按期办理。" });
    const after = await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(after.dueAt.getTime()).toBe(before);
    expect(after.extensionsGranted).toBe(0);
    expect(await prisma.notification.count({ where: { wishId, kind: "EXTENSION" } })).toBe(0);
    await takeUnitStep(link(token), {
      step: "REQUEST_EXTENSION",
      expectedVersion: await version(wishId),
      fields: { extensionUntil: due(10), internalNote: "已增派人手，仍需几天。" },
    });
  });
});

describe("UNIT accounts", () => {
  async function unitAccount(orgId: string, community = communityId): Promise<Actor> {
    const user = await prisma.staffUser.create({
      data: {
        communityId: community,
        username: `unit-${randomUUID().slice(0, 8)}`,
        displayName: "承办单位账号",
        passwordHash: "x",
        role: "UNIT",
        organizationId: orgId,
      },
    });
    return { id: user.id, role: "UNIT", communityId: community, organizationId: orgId };
  }

  it("works its own organisation's referrals and is refused anyone else's", async () => {
    const { wishId, referral } = await referred(unitA.id);
    const mine = await unitAccount(unitA.id);
    const theirs = await unitAccount(unitB.id);
    const step = async (actor: Actor) =>
      takeUnitStep(
        { kind: "account", actor },
        { referralId: referral.id, step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} },
      );
    await expect(step(theirs)).rejects.toMatchObject({ status: 403 });
    // Staff may not work a referral in the unit's name.
    await expect(step(staff)).rejects.toMatchObject({ status: 403 });
    await step(mine);
    const event = await prisma.wishEvent.findFirstOrThrow({ where: { wishId, action: "ACCEPT_REFERRAL" } });
    expect(event).toMatchObject({ actorType: "UNIT", actorId: mine.id, referralId: referral.id });
  });

  it("refuses a UNIT account of another community, even for a unit id it names", async () => {
    const other = await prisma.community.create({ data: { slug: `c2-${randomUUID().slice(0, 6)}`, name: "第二社区" } });
    const { wishId, referral } = await referred(unitA.id);
    const stranger = await unitAccount(unitA.id, other.id);
    await expect(
      takeUnitStep(
        { kind: "account", actor: stranger },
        { referralId: referral.id, step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe("contact details", () => {
  it("are masked for the unit until staff grant them, and every grant is audited", async () => {
    const { wishId, referral } = await referred();
    const masked = await loadUnitReferral(referral.id);
    expect(masked?.contact).toEqual({ granted: false, name: null, phone: "139****5678", building: null });
    await expect(grantContact(secretary, { wishId, expectedVersion: await version(wishId) })).rejects.toMatchObject({
      status: 403,
    });
    await grantContact(staff, { wishId, expectedVersion: await version(wishId) });
    const shown = await loadUnitReferral(referral.id);
    expect(shown?.contact).toEqual({ granted: true, name: "陈女士", phone: "13912345678", building: "3栋" });
    const audit = await prisma.auditLog.findMany({ where: { action: "referral.grantContact", subjectId: wishId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(staff.id);
    // Once is enough: a second grant is a stale form.
    await expect(grantContact(staff, { wishId, expectedVersion: await version(wishId) })).rejects.toMatchObject({
      code: "forms.errors.stale",
    });
  });
});

describe("delivery to the unit", () => {
  it("emails the unit's duty address its own link, which opens the referral", async () => {
    const smtp = await startLocalSmtp();
    const email = smtpEmail({ url: `smtp://127.0.0.1:${smtp.port}`, from: "园东社区 <noreply@huiyin.example.org>" });
    const sms: string[] = [];
    try {
      const { wishId, referral } = await referred();
      const rows = await prisma.notification.findMany({ where: { wishId, kind: "UNIT_REFERRAL" } });
      for (const row of rows) {
        const outcome = await deliverNotification(row.id, { sms: logSms((line) => sms.push(line)), email });
        expect(outcome.status).toBe("SENT");
      }
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toEqual(["duty@housing.example.cn"]);
      const mail = parseMail(smtp.received[0]!.raw);
      const token = /\/u\/([A-Za-z0-9_-]{38})/.exec(mail.body)?.[1];
      expect(token).toBeDefined();
      expect(await checkUnitLink(token!)).toEqual({ ok: true, referralId: referral.id, wishId });
      // Nothing about the resident travels to the unit in the message.
      expect(mail.body).not.toContain("13912345678");
      expect(mail.body).not.toContain("陈女士");
      // The log channel records that an SMS went to the duty phone, masked.
      expect(sms.join("\n")).toContain("138****0001");
    } finally {
      email.close();
      await smtp.close();
    }
  });

  it("skips a unit message whose referral closed before it left", async () => {
    const { wishId } = await referred();
    await settleWish(staff, { wishId, expectedVersion: await version(wishId), publicReply: "社区已直接处理。" });
    const row = await prisma.notification.findFirstOrThrow({
      where: { wishId, kind: "UNIT_REFERRAL", channel: "SMS" },
    });
    const outcome = await deliverNotification(row.id, { sms: logSms(() => undefined), email: null });
    expect(outcome).toMatchObject({ status: "SKIPPED", code: "referral-closed" });
  });
});

describe("reminders to the unit (催办)", () => {
  it("reminds once at 75 % of the time, once after the due date, and never a closed referral", async () => {
    const { wishId, referral } = await referred();
    const sent = referral.sentAt.getTime();
    const span = referral.dueAt.getTime() - sent;
    const count = (kind: "UNIT_REMINDER" | "UNIT_OVERDUE") =>
      prisma.notification.count({ where: { referralId: referral.id, kind } });

    await remindUnits(new Date(sent + 0.5 * span));
    expect(await count("UNIT_REMINDER")).toBe(0);
    await remindUnits(new Date(sent + 0.8 * span));
    await remindUnits(new Date(sent + 0.9 * span));
    // Email and SMS, once each, however often the job runs.
    expect(await count("UNIT_REMINDER")).toBe(2);
    await remindUnits(new Date(sent + span + 60_000));
    expect(await count("UNIT_OVERDUE")).toBe(2);

    const other = await referred();
    await settleWish(staff, {
      wishId: other.wishId,
      expectedVersion: await version(other.wishId),
      publicReply: "社区已处理。",
    });
    await remindUnits(new Date(sent + span + 60_000));
    expect(
      await prisma.notification.count({
        where: { referralId: other.referral.id, kind: { in: ["UNIT_REMINDER", "UNIT_OVERDUE"] } },
      }),
    ).toBe(0);
    expect(wishId).toBeTruthy();
  });
});

describe("the resident's tracking page", () => {
  it("names the unit holding the wish, since when, its acceptance and the due date; says so after a return", async () => {
    const { wishId, referral, token } = await referred();
    let view = (await loadWishById(wishId))!.view;
    expect(view.referral).toMatchObject({ unit: "测试住建办", since: referral.sentAt, acceptedAt: null });
    expect(view.referral?.dueAt?.getTime()).toBe(referral.dueAt.getTime());
    await takeUnitStep(link(token), { step: "ACCEPT_REFERRAL", expectedVersion: await version(wishId), fields: {} });
    view = (await loadWishById(wishId))!.view;
    expect(view.referral?.acceptedAt).toBeInstanceOf(Date);
    await takeUnitStep(link(token), {
      step: "RETURN_REFERRAL",
      expectedVersion: await version(wishId),
      fields: { internalNote: "不归我们管。" },
    });
    view = (await loadWishById(wishId))!.view;
    expect(view.referral).toBeNull();
    expect(view.rerouting).toBe(true);
  });
});

describe("a UNIT account and its list", () => {
  it("is created bound to one of the community's units, and only UNIT accounts have one", async () => {
    const admin = await seededActor(prisma, "admin");
    const base = { displayName: "物业值班", password: "correct horse battery staple 9" };
    expect(createStaffSchema.safeParse({ ...base, username: "unit-a", role: "UNIT" }).success).toBe(false);
    expect(
      createStaffSchema.safeParse({ ...base, username: "staff-x", role: "STAFF", organizationId: unitA.id }).success,
    ).toBe(false);
    const other = await prisma.community.create({ data: { slug: `o-${randomUUID().slice(0, 6)}`, name: "别的社区" } });
    const foreign = await prisma.organization.create({
      data: { communityId: other.id, name: "别处单位", type: "COMPANY" },
    });
    await expect(
      createStaffUser(
        admin,
        createStaffSchema.parse({
          ...base,
          username: `u-${randomUUID().slice(0, 6)}`,
          role: "UNIT",
          organizationId: foreign.id,
        }),
      ),
    ).rejects.toMatchObject({ code: "forms.errors.checkFields" });
    const username = `u-${randomUUID().slice(0, 6)}`;
    const { id } = await createStaffUser(
      admin,
      createStaffSchema.parse({ ...base, username, role: "UNIT", organizationId: unitB.id }),
    );
    const user = await prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ role: "UNIT", organizationId: unitB.id });
  });

  it("lists its own organisation's referrals only, open ones apart from closed ones", async () => {
    const mineOpen = await referred(unitB.id);
    const mineClosed = await referred(unitB.id);
    await takeUnitStep(link(mineClosed.token), {
      step: "RETURN_REFERRAL",
      expectedVersion: await version(mineClosed.wishId),
      fields: { internalNote: "不是我们的。" },
    });
    const notMine = await referred(unitA.id);
    const actor: Actor = { id: randomUUID(), role: "UNIT", communityId, organizationId: unitB.id };
    const list = await listUnitReferrals(actor);
    const openIds = list.open.map((r) => r.id);
    const closedIds = list.closed.map((r) => r.id);
    expect(openIds).toContain(mineOpen.referral.id);
    expect(closedIds).toContain(mineClosed.referral.id);
    expect([...openIds, ...closedIds]).not.toContain(notMine.referral.id);
    await expect(listUnitReferrals(staff)).rejects.toMatchObject({ status: 403 });
  });
});
