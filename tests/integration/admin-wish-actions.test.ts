// The wish pages' Server Actions through the shared wrapper, against a real
// database: the one triage action reaches every action's service from its
// description, answers with full message keys, keeps what was typed after an
// error, and refuses before parsing; contact reveal and on-site entry likewise.
// Only the session (and the request's headers) are stood in for.
import { unitAnswerDue } from "@/lib/deadlines/deadline-targets";
import { shanghaiDay } from "@/lib/time/shanghai";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/forms/form-state";
import { seedDatabase } from "@/lib/seed/seed-database";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { enterOnSiteSchema } from "@/lib/wishes/triage-schemas";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.9" })),
  cookies: () => Promise.resolve({ set: (name: string, value: string) => jar.set(name, value) }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const { enterWishOnSiteAction, searchInboxAction, revealContactAction, triageWishAction } =
  await import("@/app/[locale]/[display]/admin/wishes/actions");

let staff: Actor;
let secretary: Actor;
/** An admin of another community: a real role, the wrong community. */
let outsider: Actor;
const target = { orgId: "", meetingId: "" };

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  [staff, secretary] = await Promise.all([
    seededActor(testDb.prisma, "staff"),
    seededActor(testDb.prisma, "secretary"),
  ]);
  const other = await testDb.prisma.community.create({ data: { slug: "other-actions", name: "另一个社区" } });
  outsider = { id: randomUUID(), role: "ADMIN", communityId: other.id };
  target.orgId = (await testDb.prisma.organization.findFirstOrThrow({ where: { communityId: staff.communityId } })).id;
  const meeting = await testDb.prisma.councilMeeting.create({
    data: {
      communityId: staff.communityId,
      title: "动作测试议事会",
      scheduledAt: new Date("2030-02-10T07:00:00Z"),
      place: "会议室",
      status: "PLANNED",
    },
  });
  target.meetingId = meeting.id;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const idle = { status: "idle" } as const;

async function newWish(content = "楼道灯坏了，晚上看不见路。") {
  const values = enterOnSiteSchema.parse({
    kind: "WISH",
    category: "OTHER",
    content,
    name: "测试居民",
    phone: "13900004321",
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return enterWishOnSite(staff, values);
}

describe("on-site entry and messages (issue 13)", () => {
  it("stores the resident's spoken consent to SMS only when staff ticked it", async () => {
    const told = await enterWishOnSite(
      staff,
      enterOnSiteSchema.parse({
        kind: "WISH",
        category: "OTHER",
        content: "写在纸上的心愿，请工作人员代填。",
        phone: "13900004322",
        consent: "on",
        messages: "on",
        idempotencyKey: randomUUID(),
      }),
    );
    const quiet = await newWish();
    const rows = await testDb.prisma.wish.findMany({
      where: { id: { in: [told.id, quiet.id] } },
      select: { id: true, messageConsentAt: true },
    });
    expect(rows.find((r) => r.id === told.id)?.messageConsentAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === quiet.id)?.messageConsentAt).toBeNull();
  });
});

/** One triage form posted as `who`, on the wish's current version. */
async function triage(
  who: Actor | null,
  wishId: string,
  fields: Record<string, string>,
): Promise<FormState<{ action: string }>> {
  session.actor = who;
  const { version } = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: wishId }, select: { version: true } });
  return triageWishAction(idle, form({ wishId, expectedVersion: String(version), ...fields }));
}

const statusOf = async (id: string) => (await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).status;

describe("the triage action", () => {
  it("takes every described action to its service and says so with its own message", async () => {
    // A working day (lib/deadlines): a referral cannot be due on a holiday.
    const due = shanghaiDay(unitAnswerDue(new Date()));
    const original = await newWish("小区门口的路灯不亮。");
    const w = await newWish();
    const steps: [Record<string, string>, string][] = [
      [{ wishAction: "ADD_NOTE", internalNote: "已约电工" }, "SUBMITTED"],
      [{ wishAction: "CATEGORISE", category: "SAFETY" }, "SUBMITTED"],
      [{ wishAction: "REFER", referralOrgId: target.orgId, referralDueAt: due, publicNote: "已转交" }, "REFERRED"],
      [{ wishAction: "RECORD_REFERRAL_OUTCOME", referralOutcome: "单位已维修" }, "REFERRED"],
      [{ wishAction: "ESCALATE", meetingId: target.meetingId, topic: "路灯维修" }, "ESCALATED"],
      [{ wishAction: "SETTLE", publicReply: "路灯已修好。" }, "SETTLED"],
      [{ wishAction: "REOPEN", internalNote: "又坏了" }, "REOPENED"],
      [{ wishAction: "MARK_DUPLICATE", originalCode: original.trackingCode.toLowerCase() }, "DUPLICATE"],
    ];
    for (const [fields, status] of steps) {
      const state = await triage(staff, w.id, fields);
      expect(state, fields.wishAction).toMatchObject({
        status: "ok",
        message: `adminWishes.done.${fields.wishAction}`,
        data: { action: fields.wishAction },
      });
      expect(await statusOf(w.id), fields.wishAction).toBe(status);
    }
    const onSite = await newWish("想问问高龄津贴。");
    expect(await triage(staff, onSite.id, { wishAction: "HANDLE_ON_SITE", publicReply: "已当场讲解。" })).toMatchObject(
      { message: "adminWishes.done.HANDLE_ON_SITE" },
    );
    expect(await statusOf(onSite.id)).toBe("SETTLED");
    const events = await testDb.prisma.wishEvent.findMany({
      where: { wishId: w.id },
      orderBy: { sequence: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(["SUBMIT", ...steps.map(([f]) => f.wishAction)]);
  });

  it("sets the category a resident left to staff, refuses a made-up one, and records who did it", async () => {
    const w = await newWish("门口的路面坑坑洼洼，希望修一修。");
    await testDb.prisma.wish.update({ where: { id: w.id }, data: { category: null } });
    const wrong = await triage(staff, w.id, { wishAction: "CATEGORISE", category: "NOT_A_CATEGORY" });
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { category: ["adminWishes.errors.required"] } });
    expect(wrong.values).toMatchObject({ category: "NOT_A_CATEGORY" });
    expect(await triage(secretary, w.id, { wishAction: "CATEGORISE", category: "SAFETY" })).toMatchObject({
      status: "error",
      formError: "forms.errors.forbidden",
    });
    expect(await triage(staff, w.id, { wishAction: "CATEGORISE", category: "ENVIRONMENT_PROPERTY" })).toMatchObject({
      status: "ok",
      message: "adminWishes.done.CATEGORISE",
    });
    const after = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(after).toMatchObject({ category: "ENVIRONMENT_PROPERTY", status: "SUBMITTED" });
    const last = await testDb.prisma.wishEvent.findFirstOrThrow({
      where: { wishId: w.id },
      orderBy: { sequence: "desc" },
    });
    expect(last).toMatchObject({
      action: "CATEGORISE",
      actorId: staff.id,
      fromStatus: "SUBMITTED",
      toStatus: "SUBMITTED",
    });
  });

  it("refuses a referral due on a weekend or public holiday, keeping what was typed", async () => {
    const w = await newWish();
    const state = await triage(staff, w.id, {
      wishAction: "REFER",
      referralOrgId: target.orgId,
      referralDueAt: "2099-01-03",
      publicNote: "已转交物业",
    });
    // 3 Jan 2099 is a Saturday: a weekend in any year's calendar.
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { referralDueAt: ["adminWishes.errors.notWorkingDay"] },
      values: { referralDueAt: "2099-01-03", publicNote: "已转交物业" },
    });
    expect(await statusOf(w.id)).toBe("SUBMITTED");
  });

  it("keeps every typed value and choice after an error, with full keys", async () => {
    const w = await newWish();
    const state = await triage(staff, w.id, {
      wishAction: "REFER",
      referralOrgId: target.orgId,
      referralDueAt: "",
      publicNote: "已转交物业",
    });
    expect(state).toMatchObject({
      status: "error",
      formError: "forms.errors.checkFields",
      fieldErrors: { referralDueAt: ["adminWishes.errors.required"] },
      values: { wishAction: "REFER", referralOrgId: target.orgId, publicNote: "已转交物业" },
    });
    // A service's refusal lands on its field the same way.
    const foreign = await triage(staff, w.id, { wishAction: "MARK_DUPLICATE", originalCode: "ZZZZ-ZZZZ-ZZZZ" });
    expect(foreign).toMatchObject({
      fieldErrors: { originalCode: ["adminWishes.errors.originalNotFound"] },
      values: { originalCode: "ZZZZ-ZZZZ-ZZZZ" },
    });
    expect(await statusOf(w.id)).toBe("SUBMITTED");
  });

  it("refuses an unknown action, a stale form and an action the state does not allow", async () => {
    const w = await newWish();
    expect(await triage(staff, w.id, { wishAction: "RATE", internalNote: "x" })).toMatchObject({
      formError: "adminWishes.errors.unknownAction",
    });
    session.actor = staff;
    const stale = await triageWishAction(
      idle,
      form({ wishAction: "SETTLE", wishId: w.id, expectedVersion: "7", publicReply: "旧表单" }),
    );
    expect(stale).toMatchObject({ formError: "forms.errors.stale", values: { publicReply: "旧表单" } });
    expect(await triage(staff, w.id, { wishAction: "REOPEN", internalNote: "还没办结" })).toMatchObject({
      formError: "forms.errors.stale",
    });
  });

  it("asks who is calling before it looks at the input", async () => {
    const w = await newWish();
    const junk = { wishAction: "REFER", referralDueAt: "not a date" };
    expect(await triage(null, w.id, junk)).toMatchObject({ formError: "forms.errors.signedOut" });
    expect(await triage(secretary, w.id, junk)).toMatchObject({ formError: "forms.errors.forbidden" });
    const theirs = await triage(outsider, w.id, junk);
    expect(theirs).toMatchObject({ formError: "forms.errors.forbidden" });
    expect(theirs.fieldErrors).toBeUndefined();
    session.actor = staff;
    expect(await triageWishAction(idle, form({ ...junk, wishId: "not-a-uuid", expectedVersion: "0" }))).toMatchObject({
      formError: "forms.errors.notFound",
    });
  });
});

/** Where an action sends the browser (redirect() throws), or null. */
async function redirectOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    const { digest: raw } = error as { digest?: unknown };
    const digest = typeof raw === "string" ? raw : "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}

describe("contact reveal, find by phone and on-site entry", () => {
  it("finds by phone through a cookie and a redirect; the number reaches neither URL nor cookie", async () => {
    session.actor = staff;
    jar.clear();
    const invalid = await redirectOf(searchInboxAction({ status: "idle" }, form({ q: "1390000", locale: "en" })));
    expect(invalid).toBe("/en/admin/wishes?phone=invalid");
    expect(jar.size).toBe(0);
    const found = await redirectOf(
      searchInboxAction({ status: "idle" }, form({ q: "139 0000 4321", locale: "zh-CN" })),
    );
    expect(found).toBe("/admin/wishes?phone=1");
    expect([...jar.values()].join()).not.toContain("4321");
    expect(jar.size).toBe(1);
  });

  it("opens a wish by its tracking code, typed any way, without the code in the address", async () => {
    const w = await newWish("按查询码查找的心愿");
    session.actor = staff;
    const typed = `${w.trackingCode.slice(0, 4).toLowerCase()} ${w.trackingCode.slice(4, 8)}-${w.trackingCode.slice(8)}`;
    const opened = await redirectOf(searchInboxAction({ status: "idle" }, form({ q: typed, locale: "zh-CN" })));
    expect(opened).toBe(`/admin/wishes/${w.id}`);
    // A code of another community is not found, and nothing says it exists.
    session.actor = outsider;
    const elsewhere = await redirectOf(searchInboxAction({ status: "idle" }, form({ q: typed, locale: "zh-CN" })));
    expect(elsewhere).toBe("/admin/wishes?code=none");
  });

  it("searches words, keeping the other filters and dropping the page cursor", async () => {
    session.actor = staff;
    const words = await redirectOf(
      searchInboxAction(
        { status: "idle" },
        form({ q: " 理发 ", filter: "state=submitted&cursor=x&phone=1", locale: "zh-CN" }),
      ),
    );
    expect(words).toBe(`/admin/wishes?state=submitted&q=${encodeURIComponent("理发")}`);
  });

  it("hands the contact back in the state's data, and only to whom may see it", async () => {
    const w = await newWish();
    session.actor = staff;
    const state = await revealContactAction({ status: "idle" }, form({ wishId: w.id }));
    expect(state).toMatchObject({
      status: "ok",
      message: "adminWishes.reveal.shown",
      data: { name: "测试居民", phone: "13900004321" },
    });
    expect(state.values ?? {}).not.toHaveProperty("phone");
    session.actor = outsider;
    expect(await revealContactAction({ status: "idle" }, form({ wishId: w.id }))).toMatchObject({
      formError: "forms.errors.forbidden",
    });
  });

  it("refuses a secretary before parsing, and enters a wish with its code in the message", async () => {
    session.actor = secretary;
    const refused = await enterWishOnSiteAction({ status: "idle" }, form({ content: "" }));
    expect(refused).toMatchObject({ formError: "forms.errors.forbidden" });
    expect(refused.fieldErrors).toBeUndefined();
    session.actor = staff;
    const invalid = await enterWishOnSiteAction(
      { status: "idle" },
      form({ kind: "WISH", category: "", content: "路灯坏了", phone: "139 0000 8765", idempotencyKey: randomUUID() }),
    );
    expect(invalid.fieldErrors).toEqual({
      category: ["adminWishes.errors.required"],
      consent: ["adminWishes.errors.consent"],
    });
    expect(invalid.values).toMatchObject({ content: "路灯坏了", phone: "139 0000 8765" });
    const entered = await enterWishOnSiteAction(
      { status: "idle" },
      form({
        kind: "WISH",
        category: "OTHER",
        content: "路灯坏了",
        marketDayId: "",
        stallId: "",
        idempotencyKey: randomUUID(),
      }),
    );
    expect(entered).toMatchObject({ status: "ok", message: "adminWishes.done.entered" });
    expect(entered.data?.code).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(await statusOf(entered.data!.id)).toBe("SUBMITTED");
  });
});
