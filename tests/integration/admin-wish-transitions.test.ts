// Every staff transition of a wish against a real database: the services the
// wish page's Server Actions call, concurrency, duplicates as residents see them,
// the logged contact reveal and on-site entry.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MissingFieldsError, StaleWishError } from "@/lib/wishes/apply-transition";
import { WishTransitionError } from "@/lib/wishes/lifecycle";
import { addNote } from "@/lib/wishes/add-note";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { escalateWish } from "@/lib/wishes/escalate-wish";
import { handleOnSite } from "@/lib/wishes/handle-on-site";
import { markDuplicate } from "@/lib/wishes/mark-duplicate";
import { recordReferralOutcome } from "@/lib/wishes/record-referral-outcome";
import { referWish } from "@/lib/wishes/refer-wish";
import { reopenWish } from "@/lib/wishes/reopen-wish";
import { revealContact } from "@/lib/wishes/reveal-contact";
import { settleWish } from "@/lib/wishes/settle-wish";
import { getWishForStaff } from "@/lib/wishes/staff-wish-query";
import { findWishForResident } from "@/lib/wishes/track-wish";
import { TRIAGE_FORMS } from "@/lib/wishes/triage-forms";
import { enterOnSiteSchema } from "@/lib/wishes/triage-schemas";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();

const testDb = await useTestDatabase();

let staff: Actor;
let secretary: Actor;
let outsider: Actor;
let orgId: string;
let otherOrgId: string;
let plannedMeetingId: string;

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(testDb.prisma, "staff");
  secretary = await seededActor(testDb.prisma, "secretary");
  const other = await testDb.prisma.community.create({ data: { slug: "other-triage", name: "另一个社区" } });
  const otherUser = await testDb.prisma.staffUser.create({
    data: {
      communityId: other.id,
      username: "other-triage-staff",
      displayName: "外社区",
      passwordHash: "x",
      role: "STAFF",
    },
  });
  outsider = { id: otherUser.id, role: "STAFF", communityId: other.id };
  orgId = (await testDb.prisma.organization.findFirstOrThrow({ where: { communityId: staff.communityId } })).id;
  otherOrgId = (
    await testDb.prisma.organization.create({ data: { communityId: other.id, name: "外社区单位", type: "COMPANY" } })
  ).id;
  plannedMeetingId = (
    await testDb.prisma.councilMeeting.create({
      data: {
        communityId: staff.communityId,
        title: "下次议事会",
        scheduledAt: new Date("2030-01-10T07:00:00Z"),
        place: "会议室",
        status: "PLANNED",
      },
    })
  ).id;
});

/** A fresh SUBMITTED wish entered on site, with a phone. */
async function newWish(content = "楼道灯坏了，晚上看不见路。", publicReply?: string) {
  const values = enterOnSiteSchema.parse({
    kind: "WISH",
    category: "ENVIRONMENT_PROPERTY",
    content,
    name: "测试居民",
    phone: "139 0000 1234",
    building: "",
    consent: "on",
    publicReply: publicReply ?? "",
    idempotencyKey: randomUUID(),
  });
  return enterWishOnSite(staff, values);
}

const referSchema = TRIAGE_FORMS.REFER.schema;
const settleSchema = TRIAGE_FORMS.SETTLE.schema;
/** A service's refusal shown next to one field, with a full message key. */
const onField = (field: string, key: string) => ({
  details: { fieldErrors: { [field]: [`adminWishes.errors.${key}`] } },
});

const versionOf = async (id: string) => (await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).version;
const future = () => new Date(Date.now() + 7 * 86_400_000);

describe("on-site entry", () => {
  it("enters and settles in one step, as 现场办理, and replays a double tap", async () => {
    const values = enterOnSiteSchema.parse({
      kind: "SERVICE",
      category: "ELDERLY_CARE",
      content: "想了解高龄津贴怎么申请",
      publicReply: "已现场讲解申请材料和流程。",
      idempotencyKey: randomUUID(),
    });
    const first = await enterWishOnSite(staff, values);
    const again = await enterWishOnSite(staff, values);
    expect(again).toMatchObject({ id: first.id, replayed: true });
    const wish = await testDb.prisma.wish.findUniqueOrThrow({
      where: { id: first.id },
      include: { events: { orderBy: { sequence: "asc" } } },
    });
    expect(wish).toMatchObject({
      channel: "ON_SITE",
      status: "SETTLED",
      version: 1,
      publicReply: "已现场讲解申请材料和流程。",
    });
    expect(wish.handledOnSiteAt).not.toBeNull();
    expect(wish.events.map((e) => [e.action, e.actorType, e.actorId])).toEqual([
      ["SUBMIT", "STAFF", staff.id],
      ["HANDLE_ON_SITE", "STAFF", staff.id],
    ]);
  });

  it("needs consent for contact details, encrypts them, and checks the stall's community", async () => {
    const noConsent = enterOnSiteSchema.safeParse({
      kind: "WISH",
      category: "OTHER",
      content: "内容内容",
      phone: "13900001234",
      idempotencyKey: randomUUID(),
    });
    expect(noConsent.success).toBe(false);
    const entered = await newWish();
    const wish = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: entered.id } });
    expect(wish.status).toBe("SUBMITTED");
    expect(wish.phoneEnc).not.toContain("13900001234");
    expect(wish.consentAt).not.toBeNull();
    const foreignStall = randomUUID();
    await expect(
      enterWishOnSite(
        staff,
        enterOnSiteSchema.parse({
          kind: "WISH",
          category: "OTHER",
          content: "内容内容",
          stallId: foreignStall,
          idempotencyKey: randomUUID(),
        }),
      ),
    ).rejects.toMatchObject(onField("stallId", "stallNotFound"));
    // A secretary may not enter wishes.
    await expect(
      enterWishOnSite(
        secretary,
        enterOnSiteSchema.parse({ kind: "WISH", category: "OTHER", content: "内容内容", idempotencyKey: randomUUID() }),
      ),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("transitions", () => {
  it("handles on site only with a reply", async () => {
    const w = await newWish();
    expect(settleSchema.safeParse({ wishId: w.id, expectedVersion: "0", publicReply: "  " }).success).toBe(false);
    await expect(handleOnSite(staff, { wishId: w.id, expectedVersion: 0, publicReply: " " })).rejects.toBeInstanceOf(
      MissingFieldsError,
    );
    const result = await handleOnSite(staff, { wishId: w.id, expectedVersion: 0, publicReply: "已经当场修好。" });
    expect(result).toEqual({ status: "SETTLED", version: 1, notifications: [] });
  });

  it("refers to a unit of the community or a department, with a due date, then records the outcome and settles", async () => {
    const parsed = referSchema.safeParse({ wishId: randomUUID(), expectedVersion: "0", referralDueAt: "2030-01-01" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("errors.referralTarget");
    expect(
      referSchema.safeParse({
        wishId: randomUUID(),
        expectedVersion: "0",
        referralDepartment: "街道城建办",
        referralDueAt: "",
      }).success,
    ).toBe(false);

    const w = await newWish();
    await expect(
      referWish(staff, { wishId: w.id, expectedVersion: 0, referralOrgId: otherOrgId, referralDueAt: future() }),
    ).rejects.toMatchObject(onField("referralOrgId", "orgNotFound"));
    await expect(
      referWish(staff, { wishId: w.id, expectedVersion: 0, referralDueAt: future() }),
    ).rejects.toBeInstanceOf(MissingFieldsError);
    expect(
      await referWish(staff, {
        wishId: w.id,
        expectedVersion: 0,
        referralOrgId: orgId,
        referralDueAt: future(),
        publicNote: "已转交物业处理",
      }),
    ).toEqual({ status: "REFERRED", version: 1, notifications: [] });
    expect(
      await recordReferralOutcome(staff, { wishId: w.id, expectedVersion: 1, referralOutcome: "物业已派人维修" }),
    ).toEqual({ status: "REFERRED", version: 2, notifications: [] });
    await expect(settleWish(staff, { wishId: w.id, expectedVersion: 2, publicReply: "" })).rejects.toBeInstanceOf(
      MissingFieldsError,
    );
    expect(await settleWish(staff, { wishId: w.id, expectedVersion: 2, publicReply: "楼道灯已更换。" })).toEqual({
      status: "SETTLED",
      version: 3,
      notifications: [],
    });
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(stored).toMatchObject({
      referralOrgId: orgId,
      referralOutcome: "物业已派人维修",
      publicReply: "楼道灯已更换。",
    });

    const dept = await newWish();
    expect(
      await referWish(staff, {
        wishId: dept.id,
        expectedVersion: 0,
        referralDepartment: "街道城建办",
        referralDueAt: future(),
      }),
    ).toMatchObject({ status: "REFERRED" });

    // Reopened and referred elsewhere: the old unit and its answer go.
    expect(await reopenWish(staff, { wishId: w.id, expectedVersion: 3, internalNote: "灯又坏了" })).toEqual({
      status: "REOPENED",
      version: 4,
      notifications: [],
    });
    expect(
      await referWish(staff, {
        wishId: w.id,
        expectedVersion: 4,
        referralDepartment: "街道城建办",
        referralDueAt: future(),
      }),
    ).toEqual({ status: "REFERRED", version: 5, notifications: [] });
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: w.id } })).toMatchObject({
      referralOrgId: null,
      referralDepartment: "街道城建办",
      referralOutcome: null,
    });
  });

  it("escalates to an existing open item or a new item of a planned meeting, in one transaction", async () => {
    const a = await newWish("电动车在楼道充电，很危险。");
    await escalateWish(staff, {
      wishId: a.id,
      expectedVersion: 0,
      target: { meetingId: plannedMeetingId, topic: "楼道充电隐患" },
    });
    const first = await testDb.prisma.wish.findUniqueOrThrow({
      where: { id: a.id },
      select: { status: true, councilItemId: true },
    });
    expect(first.status).toBe("ESCALATED");
    const item = await testDb.prisma.councilItem.findUniqueOrThrow({ where: { id: first.councilItemId! } });
    expect(item).toMatchObject({ meetingId: plannedMeetingId, topic: "楼道充电隐患" });

    const b = await newWish("楼道里充电的电动车太多。");
    await escalateWish(staff, { wishId: b.id, expectedVersion: 0, target: { councilItemId: item.id } });
    expect((await testDb.prisma.wish.findUniqueOrThrow({ where: { id: b.id } })).councilItemId).toBe(item.id);

    // A stale escalation creates no orphan item.
    const c = await newWish();
    const items = await testDb.prisma.councilItem.count();
    await expect(
      escalateWish(staff, {
        wishId: c.id,
        expectedVersion: 5,
        target: { meetingId: plannedMeetingId, topic: "不该出现" },
      }),
    ).rejects.toBeInstanceOf(StaleWishError);
    expect(await testDb.prisma.councilItem.count()).toBe(items);
    // A held meeting takes no new topics.
    const held = await testDb.prisma.councilMeeting.findFirstOrThrow({ where: { status: "HELD" } });
    await expect(
      escalateWish(staff, { wishId: c.id, expectedVersion: 0, target: { meetingId: held.id, topic: "x" } }),
    ).rejects.toMatchObject(onField("meetingId", "meetingNotFound"));
  });

  it("reopens only settled wishes and adds notes in any state", async () => {
    const w = await newWish();
    await expect(reopenWish(staff, { wishId: w.id, expectedVersion: 0, internalNote: "x" })).rejects.toBeInstanceOf(
      WishTransitionError,
    );
    await settleWish(staff, { wishId: w.id, expectedVersion: 0, publicReply: "已处理" });
    expect(await reopenWish(staff, { wishId: w.id, expectedVersion: 1, internalNote: "居民反映灯又坏了" })).toEqual({
      status: "REOPENED",
      version: 2,
      notifications: [],
    });
    expect(await addNote(staff, { wishId: w.id, expectedVersion: 2, internalNote: "已约电工" })).toEqual({
      status: "REOPENED",
      version: 3,
      notifications: [],
    });
    const view = await getWishForStaff(staff, w.id);
    expect(view?.events.map((e) => e.action)).toEqual(["SUBMIT", "SETTLE", "REOPEN", "ADD_NOTE"]);
    expect(view?.events.at(-1)).toMatchObject({ internalNote: "已约电工", actor: { displayName: "社区工作人员" } });
    expect(view?.maskedPhone).toBe("139****1234");
  });

  it("refuses other communities, the secretary and signed-out callers", async () => {
    const w = await newWish();
    await expect(addNote(outsider, { wishId: w.id, expectedVersion: 0, internalNote: "x" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(addNote(secretary, { wishId: w.id, expectedVersion: 0, internalNote: "x" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(addNote(null, { wishId: w.id, expectedVersion: 0, internalNote: "x" })).rejects.toMatchObject({
      status: 401,
    });
    expect(await getWishForStaff(outsider, w.id)).toBeNull();
    expect(await versionOf(w.id)).toBe(0);
  });
});

describe("stale edits", () => {
  it("lets exactly one of two concurrent transitions with the same version win", async () => {
    const w = await newWish();
    const results = await Promise.allSettled([
      settleWish(staff, { wishId: w.id, expectedVersion: 0, publicReply: "第一位工作人员的答复" }),
      referWish(staff, { wishId: w.id, expectedVersion: 0, referralDepartment: "街道城建办", referralDueAt: future() }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(StaleWishError);
    const events = await testDb.prisma.wishEvent.count({ where: { wishId: w.id } });
    expect(events).toBe(2);
    expect(await versionOf(w.id)).toBe(1);
  });

  it("refuses a form older than a colleague's note, overwriting nothing", async () => {
    const w = await newWish();
    await addNote(staff, { wishId: w.id, expectedVersion: 0, internalNote: "单位在回电" });
    await expect(settleWish(staff, { wishId: w.id, expectedVersion: 0, publicReply: "旧表单" })).rejects.toBeInstanceOf(
      StaleWishError,
    );
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(stored).toMatchObject({ status: "SUBMITTED", publicReply: null, version: 1 });
  });
});

describe("duplicates", () => {
  it("marks a duplicate of the same community; the original's status and reply reach the resident", async () => {
    const original = await newWish("小区门口的路灯不亮。");
    const copy = await newWish("门口路灯坏了好几天了。");
    await expect(
      markDuplicate(staff, { wishId: copy.id, expectedVersion: 0, originalCode: copy.trackingCode }),
    ).rejects.toMatchObject(onField("originalCode", "duplicateSelf"));
    await expect(
      markDuplicate(staff, { wishId: copy.id, expectedVersion: 0, originalCode: "ZZZZ-ZZZZ-ZZZZ" }),
    ).rejects.toMatchObject(onField("originalCode", "originalNotFound"));
    await markDuplicate(staff, {
      wishId: copy.id,
      expectedVersion: 0,
      originalCode: original.trackingCode.toLowerCase(),
    });

    const before = await findWishForResident(copy.trackingCode, "1234");
    expect(before?.status).toBe("DUPLICATE");
    expect(before?.originalReply).toBeNull();

    await settleWish(staff, { wishId: original.id, expectedVersion: 0, publicReply: "路灯已修复。" });
    const after = await findWishForResident(copy.trackingCode, "1234");
    expect(after?.originalReply).toBe("路灯已修复。");
    expect(after?.originalStatus).toBe("SETTLED");

    // One level deep: a duplicate of the duplicate points at the original, and the original cannot become a duplicate.
    const third = await newWish("路灯问题");
    await markDuplicate(staff, { wishId: third.id, expectedVersion: 0, originalCode: copy.trackingCode });
    expect((await testDb.prisma.wish.findUniqueOrThrow({ where: { id: third.id } })).duplicateOfId).toBe(original.id);
    const reopenedOriginal = await reopenWish(staff, {
      wishId: original.id,
      expectedVersion: 1,
      internalNote: "再看看",
    });
    // Marking it a duplicate of its own duplicate would be a loop.
    await expect(
      markDuplicate(staff, {
        wishId: original.id,
        expectedVersion: reopenedOriginal.version,
        originalCode: third.trackingCode,
      }),
    ).rejects.toMatchObject(onField("originalCode", "duplicateSelf"));
    const unrelated = await newWish("别的问题");
    await expect(
      markDuplicate(staff, {
        wishId: original.id,
        expectedVersion: reopenedOriginal.version,
        originalCode: unrelated.trackingCode,
      }),
    ).rejects.toMatchObject(onField("originalCode", "hasDuplicates"));
  });
});

describe("revealing contact details", () => {
  it("decrypts for staff, writes an audit row, and refuses the secretary", async () => {
    const w = await newWish();
    const contact = await revealContact(staff, w.id, { ipKey: "ip-key" });
    expect(contact).toMatchObject({ name: "测试居民", phone: "13900001234", building: null });
    const audit = await testDb.prisma.auditLog.findMany({ where: { action: "wish.revealContact", subjectId: w.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: staff.id, subjectType: "wish", communityId: staff.communityId });
    expect(JSON.stringify(audit[0])).not.toContain("13900001234");
    await expect(revealContact(secretary, w.id)).rejects.toMatchObject({ status: 403 });
    await expect(revealContact(outsider, w.id)).rejects.toMatchObject({ status: 403 });
    expect(await testDb.prisma.auditLog.count({ where: { action: "wish.revealContact", subjectId: w.id } })).toBe(1);
  });
});
