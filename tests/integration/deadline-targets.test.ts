// Issue 14 §2 against a real database: an admin sets working-day targets per
// kind and category on the content pages, and new wishes take their reply and
// settlement due dates from the most specific row; wishes already in keep
// theirs; another community's rows never apply. Through the page's own Server
// Actions; only the session and the request's headers are stood in for.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { addWorkingDays, isWorkingDay } from "@/lib/time/working-days";
import { seedDatabase } from "@/lib/seed/seed-database";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.31" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
const { setDeadlineTargetAction, removeDeadlineTargetAction } =
  await import("@/app/[locale]/[display]/admin/content/deadlines/actions");
const { setWorkingDayAction, removeWorkingDayAction } =
  await import("@/app/[locale]/[display]/admin/content/calendar/actions");
const { triageWishAction } = await import("@/app/[locale]/[display]/admin/wishes/actions");

let admin: Actor;
let staff: Actor;
const idle = { status: "idle" } as const;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  [admin, staff] = await Promise.all([seededActor(prisma, "admin"), seededActor(prisma, "staff")]);
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

function setTarget(fields: Record<string, string>, who: Actor = admin) {
  session.actor = who;
  return setDeadlineTargetAction(idle, form({ locale: "zh-CN", ...fields }));
}

async function newWish(kind: string, category?: string) {
  const values = wishFormSchema.parse({
    kind,
    ...(category ? { category } : {}),
    content: "测试办理时限的心愿。",
    anonymous: "on",
    idempotencyKey: randomUUID(),
  });
  const { id } = await submitWish(values, { channel: "WEB" });
  return prisma.wish.findUniqueOrThrow({ where: { id } });
}

describe("deadline targets set by an admin", () => {
  it("without any row, a wish gets the defaults: reply in 1 working day, settlement in 15", async () => {
    const wish = await newWish("wish");
    expect(wish.replyDueAt).toEqual(addWorkingDays(wish.createdAt, 1));
    expect(wish.settlementDueAt).toEqual(addWorkingDays(wish.createdAt, 15));
  });

  it("the community's row, then a category's, apply to new wishes; older wishes keep theirs", async () => {
    const before = await newWish("opinion", "legal");
    expect(
      await setTarget({ kind: "*", category: "*", firstReplyDays: "2", unitAnswerDays: "6", settlementDays: "20" }),
    ).toMatchObject({ status: "ok", message: "adminContent.deadlines.saved" });
    expect(
      await setTarget({
        kind: "*",
        category: "LEGAL",
        firstReplyDays: "3",
        unitAnswerDays: "10",
        settlementDays: "30",
      }),
    ).toMatchObject({ status: "ok" });

    const legal = await newWish("opinion", "legal");
    expect(legal.replyDueAt).toEqual(addWorkingDays(legal.createdAt, 3));
    expect(legal.settlementDueAt).toEqual(addWorkingDays(legal.createdAt, 30));
    const other = await newWish("wish", "health");
    expect(other.replyDueAt).toEqual(addWorkingDays(other.createdAt, 2));
    expect(other.settlementDueAt).toEqual(addWorkingDays(other.createdAt, 20));
    // Promised before the change: unchanged.
    const again = await prisma.wish.findUniqueOrThrow({ where: { id: before.id } });
    expect(again.replyDueAt).toEqual(before.replyDueAt);

    // Saving the same row again changes it rather than adding one.
    await setTarget({ kind: "*", category: "LEGAL", firstReplyDays: "4", unitAnswerDays: "10", settlementDays: "30" });
    expect(await prisma.deadlineTarget.count({ where: { communityId: admin.communityId, category: "LEGAL" } })).toBe(1);
    const audits = await prisma.auditLog.count({ where: { action: "deadline.set", actorId: admin.id } });
    expect(audits).toBe(3);
  });

  it("keeps what was typed and says why on a bad form, and refuses staff", async () => {
    const typed = { kind: "WISH", category: "*", firstReplyDays: "10", unitAnswerDays: "3", settlementDays: "5" };
    const refused = await setTarget(typed);
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { settlementDays: ["adminContent.errors.settleBeforeReply"] },
      values: { firstReplyDays: "10", settlementDays: "5" },
    });
    expect(await setTarget({ ...typed, firstReplyDays: "1" }, staff)).toMatchObject({
      status: "error",
      formError: "forms.errors.forbidden",
    });
    expect(await prisma.deadlineTarget.count({ where: { kind: "WISH" } })).toBe(0);
  });

  it("removing a row falls back to the next one, and another community's row is out of reach", async () => {
    const row = await prisma.deadlineTarget.findFirstOrThrow({
      where: { communityId: admin.communityId, category: "LEGAL" },
    });
    const other = await prisma.community.create({ data: { slug: "other-deadlines", name: "另一个社区" } });
    const theirs = await prisma.deadlineTarget.create({
      data: {
        communityId: other.id,
        kind: "*",
        category: "*",
        firstReplyDays: 9,
        unitAnswerDays: 9,
        settlementDays: 9,
      },
    });
    session.actor = admin;
    expect(await removeDeadlineTargetAction(idle, form({ id: theirs.id }))).toMatchObject({ status: "error" });
    expect(await prisma.deadlineTarget.count({ where: { id: theirs.id } })).toBe(1);
    expect(await removeDeadlineTargetAction(idle, form({ id: row.id }))).toMatchObject({ status: "ok" });
    const legal = await newWish("opinion", "legal");
    expect(legal.replyDueAt).toEqual(addWorkingDays(legal.createdAt, 2));
  });
});

describe("the holiday schedule an admin enters (a year the bundled calendar does not know)", () => {
  it("makes an entered holiday nobody's due date at once, and removing it gives the day back", async () => {
    // Thursday 1 October 2099: a workday to the bundled calendar.
    expect(isWorkingDay("2099-10-01")).toBe(true);
    session.actor = admin;
    expect(
      await setWorkingDayAction(idle, form({ locale: "zh-CN", day: "2099-10-01", working: "holiday", name: "国庆节" })),
    ).toMatchObject({ status: "ok", message: "adminContent.calendar.saved", messageValues: { day: "2099-10-01" } });
    expect(isWorkingDay("2099-10-01")).toBe(false);
    expect(await prisma.auditLog.count({ where: { action: "calendar.set", subjectId: "2099-10-01" } })).toBe(1);

    // Staff refer a wish with that day as the unit's due date: refused, the choice kept.
    const wish = await newWish("wish", "legal");
    const unit = await prisma.organization.findFirstOrThrow({ where: { communityId: staff.communityId } });
    session.actor = staff;
    const refer = () =>
      triageWishAction(
        idle,
        form({
          wishAction: "REFER",
          wishId: wish.id,
          expectedVersion: "0",
          referralOrgId: unit.id,
          referralDueAt: "2099-10-01",
        }),
      );
    expect(await refer()).toMatchObject({
      status: "error",
      fieldErrors: { referralDueAt: ["adminWishes.errors.notWorkingDay"] },
      values: { referralDueAt: "2099-10-01" },
    });

    session.actor = admin;
    expect(await removeWorkingDayAction(idle, form({ day: "2099-10-01" }))).toMatchObject({ status: "ok" });
    expect(isWorkingDay("2099-10-01")).toBe(true);
    session.actor = staff;
    expect(await refer()).toMatchObject({ status: "ok" });
  });

  it("keeps a bad date with a message, and is an admin's to change", async () => {
    session.actor = admin;
    expect(
      await setWorkingDayAction(idle, form({ day: "2099-02-30", working: "holiday", name: "不存在的日子" })),
    ).toMatchObject({
      status: "error",
      fieldErrors: { day: ["adminContent.errors.invalidDate"] },
      values: { day: "2099-02-30", name: "不存在的日子" },
    });
    session.actor = staff;
    expect(
      await setWorkingDayAction(idle, form({ day: "2099-10-08", working: "workday", name: "调休" })),
    ).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect(await prisma.workingDayOverride.count()).toBe(0);
  });
});
