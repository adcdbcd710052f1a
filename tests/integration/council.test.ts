// The joint council against a real, seeded database: meetings, agenda items, and a
// decision applied to every linked escalated wish in one transaction.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { applyTransition, StaleWishError } from "@/lib/wishes/apply-transition";
import { db } from "@/lib/db/client";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { createMeeting } from "@/lib/council/create-meeting";
import { updateMeeting } from "@/lib/council/update-meeting";
import { createCouncilItem, createCouncilItemInTx } from "@/lib/council/create-council-item";
import { recordCouncilDecision } from "@/lib/council/record-council-decision";
import { CouncilDecisionError, CouncilNotFoundError } from "@/lib/council/council-errors";
import { getMeetingDetail, listMeetings, listMeetingsForEscalation } from "@/lib/council/queries";
import { listHeldCouncilMeetings } from "@/lib/council/public-queries";
import { decisionSchema, meetingSchema } from "@/lib/council/meeting-schema";
import type { FormState } from "@/lib/forms/form-state";
import {
  addCouncilItemAction,
  createMeetingAction,
  recordCouncilDecisionAction,
  updateMeetingAction,
} from "@/app/[locale]/[display]/admin/council/actions";
import { revalidatedTags } from "../helpers/next-cache";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// The actions read the session through getActor(); outside a request it is the test's actor.
const session = vi.hoisted(() => ({ actor: null as (Actor & { username: string; displayName: string }) | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));

useThrowAwayKeys();

const testDb = await useTestDatabase();

let secretary: Actor;
let staff: Actor;
let outsider: Actor;
const RESIDENT_NAME = "测试居民";
const RESIDENT_PHONE = "13812345678";

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  const users = await testDb.prisma.staffUser.findMany({
    select: { id: true, role: true, communityId: true, username: true },
  });
  const by = (name: string) => {
    const u = users.find((x) => x.username === name);
    if (!u) throw new Error(name);
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  secretary = by("secretary");
  staff = by("staff");
  const other = await testDb.prisma.community.create({ data: { slug: `other-${randomUUID()}`, name: "另一个社区" } });
  outsider = { id: secretary.id, role: "ADMIN", communityId: other.id };
});

async function newWish(content: string): Promise<string> {
  const values = wishFormSchema.parse({
    kind: "opinion",
    category: "environment-property",
    content,
    name: RESIDENT_NAME,
    phone: RESIDENT_PHONE,
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  const submitted = await submitWish(values, { channel: "WEB" });
  const wish = await testDb.prisma.wish.findUniqueOrThrow({
    where: { trackingCode: submitted.trackingCode },
    select: { id: true },
  });
  return wish.id;
}

async function escalate(wishId: string, itemId: string): Promise<void> {
  await db.$transaction((tx) =>
    applyTransition(tx, {
      wishId,
      expectedVersion: null,
      action: "ESCALATE",
      actor: { type: "STAFF", staffId: staff.id },
      fields: { councilItemId: itemId },
    }),
  );
}

const DAY_MS = 86_400_000;

/** A datetime-local value `days` from now in Shanghai (UTC+8, no daylight saving); negative is past. */
function localIn(days: number): string {
  return new Date(Date.now() + days * DAY_MS + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** A planned meeting next week, unless the overrides say otherwise. */
function meeting(overrides: Record<string, string> = {}) {
  return meetingSchema.parse({
    title: "党群联席议事会：测试",
    scheduledAt: localIn(7),
    place: "党群服务中心会议室",
    attendees: "社区党委书记、居民代表",
    ...overrides,
  });
}

/** A meeting that took place yesterday: the only kind that can record decisions. */
const heldMeeting = (overrides: Record<string, string> = {}) =>
  meeting({ scheduledAt: localIn(-1), status: "HELD", ...overrides });

/** The decision as the form sends it, due in a week unless `dueOn` says otherwise. */
function decisionInput(itemId: string, decision: string, dueOn = localIn(7).slice(0, 10)) {
  return decisionSchema.parse({ itemId, decision, dueOn });
}

describe("meetings", () => {
  it("reads the typed date as Shanghai wall time", () => {
    expect(meeting({ scheduledAt: "2026-12-20T15:00" }).scheduledAt.toISOString()).toBe("2026-12-20T07:00:00.000Z");
    expect(meetingSchema.safeParse({ title: "t", scheduledAt: "2026-13-20T15:00", place: "p" }).success).toBe(false);
    expect(meetingSchema.safeParse({ title: "", scheduledAt: "x", place: "" }).success).toBe(false);
  });

  it("refuses to mark a meeting dated in the future as held", () => {
    const future = meetingSchema.safeParse({ title: "t", place: "p", scheduledAt: localIn(1), status: "HELD" });
    expect(future.success).toBe(false);
    expect(future.error?.issues).toMatchObject([{ path: ["status"], message: "errors.heldInFuture" }]);
    expect(meetingSchema.safeParse({ title: "t", place: "p", scheduledAt: localIn(1) }).success).toBe(true);
    expect(meetingSchema.safeParse({ title: "t", place: "p", scheduledAt: localIn(-1), status: "HELD" }).success).toBe(
      true,
    );
  });

  it("creates and updates a meeting of the actor's community only", async () => {
    const { id } = await createMeeting(secretary, meeting());
    await updateMeeting(secretary, id, heldMeeting({ minutes: "会议纪要" }));
    const row = await testDb.prisma.councilMeeting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "HELD", minutes: "会议纪要", communityId: secretary.communityId });
    expect(revalidatedTags).toContain("council");
    await expect(updateMeeting(outsider, id, meeting())).rejects.toBeInstanceOf(CouncilNotFoundError);
    await expect(createMeeting(staff, meeting())).rejects.toMatchObject({ status: 403 });
    await expect(createMeeting(null, meeting())).rejects.toBeInstanceOf(AuthorizationError);
    expect((await listMeetings(secretary)).some((m) => m.id === id)).toBe(true);
    expect(await listMeetings(outsider)).toEqual([]);
    expect(await getMeetingDetail(outsider, id)).toBeNull();
  });

  it("appends items at the end of the agenda, in a caller's transaction too", async () => {
    const { id } = await createMeeting(secretary, meeting());
    const first = await createCouncilItem(secretary, id, { topic: "议题一", topicEn: null });
    const second = await db.$transaction((tx) =>
      createCouncilItemInTx(tx, { meetingId: id, topic: "议题二", communityId: secretary.communityId }),
    );
    expect([first.position, second.position]).toEqual([1, 2]);
    await expect(
      db.$transaction((tx) =>
        createCouncilItemInTx(tx, { meetingId: id, topic: "x", communityId: outsider.communityId }),
      ),
    ).rejects.toBeInstanceOf(CouncilNotFoundError);
  });
});

describe("meetings open for escalation", () => {
  it("lists planned meetings with their undecided items only, for triage roles", async () => {
    const planned = await createMeeting(secretary, meeting({ title: "待召开" }));
    const held = await createMeeting(secretary, heldMeeting({ title: "已召开" }));
    const open = await createCouncilItem(secretary, planned.id, { topic: "未决议题", topicEn: null });
    const decided = await createCouncilItem(secretary, planned.id, { topic: "已决议题", topicEn: null });
    // Only a held meeting records decisions through the service; the row stands
    // in for an item decided before its meeting was moved back to "planned".
    await testDb.prisma.councilItem.update({
      where: { id: decided.id },
      data: { decision: "已决定。", decidedAt: new Date() },
    });
    const meetings = await listMeetingsForEscalation(staff);
    const found = meetings.find((m) => m.id === planned.id);
    expect(found?.items.map((i) => i.id)).toEqual([open.id]);
    expect(meetings.some((m) => m.id === held.id)).toBe(false);
    await expect(listMeetingsForEscalation(secretary)).rejects.toMatchObject({ status: 403 });
  });
});

describe("recording a decision", () => {
  it("is refused on a cancelled meeting", async () => {
    const { id } = await createMeeting(secretary, meeting());
    const item = await createCouncilItem(secretary, id, { topic: "取消的议题", topicEn: null });
    await updateMeeting(secretary, id, meeting({ status: "CANCELLED" }));
    await expect(recordCouncilDecision(secretary, decisionInput(item.id, "x"))).rejects.toMatchObject({
      reason: "meetingCancelled",
    });
  });

  it("is refused on a meeting that has not taken place yet", async () => {
    const { id } = await createMeeting(secretary, meeting());
    const item = await createCouncilItem(secretary, id, { topic: "还没开会的议题", topicEn: null });
    const wish = await newWish("会前不能有决定。");
    await escalate(wish, item.id);
    await expect(recordCouncilDecision(secretary, decisionInput(item.id, "x"))).rejects.toMatchObject({
      reason: "meetingNotHeld",
      code: "adminCouncil.errors.meetingNotHeld",
    });
    expect((await testDb.prisma.wish.findUniqueOrThrow({ where: { id: wish } })).status).toBe("ESCALATED");
  });

  it("needs a due date that is today or later", () => {
    const itemId = randomUUID();
    const issues = (dueOn?: string) => decisionSchema.safeParse({ itemId, decision: "d", dueOn }).error?.issues;
    expect(issues()).toMatchObject([{ path: ["dueOn"], message: "errors.dueRequired" }]);
    expect(issues("")).toMatchObject([{ path: ["dueOn"], message: "errors.dueRequired" }]);
    expect(issues(localIn(-2).slice(0, 10))).toMatchObject([{ path: ["dueOn"], message: "errors.dueInPast" }]);
    expect(issues(localIn(0).slice(0, 10))).toBeUndefined();
  });

  it("applies it to every linked escalated wish: reply, DECIDED with the due date, one event each", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting());
    const item = await createCouncilItem(secretary, meetingId, { topic: "小区路灯损坏", topicEn: null });
    const a = await newWish("3栋门口路灯坏了，晚上看不清路。");
    const b = await newWish("小区东门路灯不亮，希望尽快修复。");
    await escalate(a, item.id);
    await escalate(b, item.id);
    const before = await testDb.prisma.wishEvent.count({ where: { wishId: { in: [a, b] } } });

    const decision = "物业本周内更换全部损坏路灯，此后每月巡查一次。";
    const input = decisionInput(item.id, decision);
    const result = await recordCouncilDecision(secretary, input);
    expect(result.decidedWishIds.sort()).toEqual([a, b].sort());

    const wishes = await testDb.prisma.wish.findMany({
      where: { id: { in: [a, b] } },
      include: { events: { orderBy: { sequence: "desc" }, take: 1 } },
    });
    for (const wish of wishes) {
      // A decision is not the work done: not settled, so nobody is asked to rate yet.
      expect(wish.status).toBe("DECIDED");
      expect(wish.publicReply).toBe(decision);
      expect(wish.settledAt).toBeNull();
      expect(wish.firstReplyAt).not.toBeNull();
      expect(wish.events[0]).toMatchObject({
        action: "RECORD_COUNCIL_DECISION",
        fromStatus: "ESCALATED",
        toStatus: "DECIDED",
        publicNote: decision,
        actorId: secretary.id,
      });
    }
    expect(await testDb.prisma.wishEvent.count({ where: { wishId: { in: [a, b] } } })).toBe(before + 2);
    const stored = await testDb.prisma.councilItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.decision).toBe(decision);
    expect(stored.decidedAt).not.toBeNull();
    expect(stored.dueAt).toEqual(input.dueOn);

    // A second decision on the same item is refused; nothing changes.
    await expect(recordCouncilDecision(secretary, decisionInput(item.id, "另一个决定"))).rejects.toBeInstanceOf(
      CouncilDecisionError,
    );

    // Staff mark the work done: only then is the wish settled, and can be rated.
    const rateWhileDecided = db.$transaction((tx) =>
      applyTransition(tx, {
        wishId: a,
        expectedVersion: null,
        action: "RATE",
        actor: { type: "RESIDENT" },
        fields: { satisfaction: 5, ratingSource: "RESIDENT" },
      }),
    );
    await expect(rateWhileDecided).rejects.toThrow();
    await db.$transaction((tx) =>
      applyTransition(tx, {
        wishId: a,
        expectedVersion: null,
        action: "SETTLE",
        actor: { type: "STAFF", staffId: staff.id },
        fields: { publicReply: "路灯已全部更换，巡查已开始。" },
      }),
    );
    const settled = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: a } });
    expect(settled).toMatchObject({ status: "SETTLED", publicReply: "路灯已全部更换，巡查已开始。" });
    expect(settled.settledAt).not.toBeNull();
  });

  it("leaves a linked wish that is no longer escalated as it is", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting());
    const item = await createCouncilItem(secretary, meetingId, { topic: "楼道堆物", topicEn: null });
    const escalated = await newWish("楼道里堆满杂物，有消防隐患。");
    const referred = await newWish("5栋楼道堆放纸箱。");
    await escalate(escalated, item.id);
    await escalate(referred, item.id);
    await db.$transaction((tx) =>
      applyTransition(tx, {
        wishId: referred,
        expectedVersion: null,
        action: "REFER",
        actor: { type: "STAFF", staffId: staff.id },
        fields: { referralDepartment: "街道应急管理办公室", referralDueAt: new Date(Date.now() + 86_400_000) },
      }),
    );
    const result = await recordCouncilDecision(secretary, decisionInput(item.id, "物业一周内清理楼道。"));
    expect(result).toEqual({ decidedWishIds: [escalated], skippedWishIds: [referred] });
    const untouched = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: referred } });
    expect(untouched.status).toBe("REFERRED");
    expect(untouched.publicReply).toBeNull();
  });

  it("writes nothing when one linked wish fails: all or none", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting());
    const item = await createCouncilItem(secretary, meetingId, { topic: "停车难", topicEn: null });
    const a = await newWish("小区停车位不够。");
    const b = await newWish("晚上没地方停车。");
    await escalate(a, item.id);
    await escalate(b, item.id);
    // A trigger stands in for a colleague's concurrent change: the second wish's
    // conditional update matches no row, so applyTransition throws StaleWishError.
    await testDb.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION council_test_block() RETURNS trigger AS $$
      BEGIN IF NEW.id = '${b}'::uuid AND NEW.status = 'DECIDED' THEN RETURN NULL; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await testDb.prisma.$executeRawUnsafe(
      `CREATE TRIGGER council_test_block BEFORE UPDATE ON "Wish" FOR EACH ROW EXECUTE FUNCTION council_test_block()`,
    );
    try {
      // Said in the council's words (one of the item's wishes changed), not as a stale wish form.
      const refused = recordCouncilDecision(secretary, decisionInput(item.id, "规划新增车位。"));
      await expect(refused).rejects.toBeInstanceOf(CouncilDecisionError);
      await expect(refused).rejects.toMatchObject({ reason: "stale", code: "adminCouncil.errors.stale" });
      await expect(refused).rejects.not.toBeInstanceOf(StaleWishError);
    } finally {
      await testDb.prisma.$executeRawUnsafe(`DROP TRIGGER council_test_block ON "Wish"`);
    }
    const rows = await testDb.prisma.wish.findMany({ where: { id: { in: [a, b] } } });
    expect(rows.map((r) => r.status)).toEqual(["ESCALATED", "ESCALATED"]);
    expect(rows.every((r) => r.publicReply === null)).toBe(true);
    expect((await testDb.prisma.councilItem.findUniqueOrThrow({ where: { id: item.id } })).decidedAt).toBeNull();
  });

  it("marks the decision field when the reply is empty, and writes nothing", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting());
    const item = await createCouncilItem(secretary, meetingId, { topic: "空决定", topicEn: null });
    const wish = await newWish("决定为空时不应办结。");
    await escalate(wish, item.id);
    // Past the form's schema (a service caller): the wish's transition finds no reply.
    await expect(
      recordCouncilDecision(secretary, { ...decisionInput(item.id, "x"), decision: "  " }),
    ).rejects.toMatchObject({
      code: "forms.errors.checkFields",
      details: { fieldErrors: { decision: ["adminCouncil.errors.decisionRequired"] } },
    });
    expect((await testDb.prisma.wish.findUniqueOrThrow({ where: { id: wish } })).status).toBe("ESCALATED");
  });

  it("refuses another community, other roles and unknown items", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting());
    const item = await createCouncilItem(secretary, meetingId, { topic: "垃圾分类", topicEn: null });
    await expect(recordCouncilDecision(outsider, decisionInput(item.id, "x"))).rejects.toMatchObject({ status: 403 });
    await expect(recordCouncilDecision(staff, decisionInput(item.id, "x"))).rejects.toMatchObject({ status: 403 });
    await expect(recordCouncilDecision(secretary, decisionInput(randomUUID(), "x"))).rejects.toBeInstanceOf(
      CouncilNotFoundError,
    );
  });
});

describe("the public council page", () => {
  it("lists held meetings with topics, decisions and counts, and no personal data or wish contents", async () => {
    const { id: meetingId } = await createMeeting(secretary, heldMeeting({ title: "公开议事会" }));
    const item = await createCouncilItem(secretary, meetingId, { topic: "健身器材维修", topicEn: null });
    const secret = "健身器材坏了，联系人在2栋。";
    const wishId = await newWish(secret);
    await escalate(wishId, item.id);
    await recordCouncilDecision(secretary, decisionInput(item.id, "街道出资维修健身器材。"));
    const planned = await createMeeting(secretary, meeting({ title: "尚未召开的会议" }));

    const meetings = await listHeldCouncilMeetings();
    // Ids and instants left out: a random id or a millisecond may well contain "5678".
    const json = JSON.stringify(meetings, (key, value: unknown) =>
      key === "id" || key.endsWith("At") ? undefined : value,
    );
    expect(meetings.some((m) => m.id === planned.id)).toBe(false);
    const held = meetings.find((m) => m.id === meetingId);
    expect(held?.items[0]).toMatchObject({ topic: "健身器材维修", decision: "街道出资维修健身器材。", wishCount: 1 });
    // The seeded meeting of 2023 is there too, with its two decided topics.
    expect(meetings.some((m) => m.items.length === 2 && m.items.every((i) => i.decision))).toBe(true);
    for (const forbidden of [
      secret,
      RESIDENT_NAME,
      RESIDENT_PHONE,
      "5678",
      "attendees",
      "minutes",
      "trackingCode",
      "content",
      "Enc",
    ]) {
      expect(json).not.toContain(forbidden);
    }
  });
});

describe("the council actions", () => {
  const as = (actor: Actor | null) => {
    session.actor = actor ? { ...actor, username: "test", displayName: "test" } : null;
  };
  const post = (action: (state: FormState, form: FormData) => Promise<FormState>, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return action({ status: "idle" }, form);
  };
  const meetingFields = { title: "行动测试会议", scheduledAt: "2026-12-21T09:30", place: "会议室", status: "PLANNED" };

  it("asks who is asking before it reads the form: another community gets 403, not field errors", async () => {
    const { id } = await createMeeting(secretary, meeting());
    as(outsider);
    const state = await post(updateMeetingAction, { meetingId: id, title: "", scheduledAt: "nonsense", place: "" });
    expect(state).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect(state.fieldErrors).toBeUndefined();
    as(null);
    expect(await post(addCouncilItemAction, { meetingId: id, topic: "" })).toMatchObject({
      formError: "forms.errors.signedOut",
    });
    as(secretary);
    expect(await post(addCouncilItemAction, { meetingId: randomUUID(), topic: "x" })).toMatchObject({
      formError: "forms.errors.notFound",
    });
    expect(await post(addCouncilItemAction, { meetingId: "not-a-uuid", topic: "x" })).toMatchObject({
      formError: "forms.errors.notFound",
    });
  });

  it("marks each wrong field with a full key and gives back everything typed", async () => {
    as(secretary);
    const typed = { ...meetingFields, title: "", scheduledAt: "2026-02-30T10:00", place: "", attendees: "居民代表" };
    const state = await post(createMeetingAction, typed);
    expect(state).toMatchObject({
      status: "error",
      formError: "forms.errors.checkFields",
      fieldErrors: {
        title: ["adminCouncil.errors.titleRequired"],
        scheduledAt: ["adminCouncil.errors.dateInvalid"],
        place: ["adminCouncil.errors.placeRequired"],
      },
      values: typed,
    });
  });

  it("creates a meeting and goes to its page in the page's language", async () => {
    as(secretary);
    const redirected = await post(createMeetingAction, { ...meetingFields, locale: "en" }).then(
      () => "",
      (error: unknown) => (error as { digest?: string }).digest ?? "",
    );
    expect(redirected).toMatch(/;\/en\/admin\/council\/[0-9a-f-]{36}\?created=1;/);
  });

  it("saves, adds an item and reports a refused decision with what was typed", async () => {
    const { id } = await createMeeting(secretary, meeting());
    const heldFields = { ...meetingFields, scheduledAt: localIn(-1), status: "HELD" };
    as(secretary);
    // Marked held while its date is still to come: refused on the status field, all typed kept.
    const early = { ...meetingFields, meetingId: id, status: "HELD" };
    expect(await post(updateMeetingAction, early)).toMatchObject({
      status: "error",
      fieldErrors: { status: ["adminCouncil.errors.heldInFuture"] },
      values: early,
    });
    const saved = await post(updateMeetingAction, { ...heldFields, meetingId: id, title: "改过的名称" });
    expect(saved).toMatchObject({
      status: "ok",
      message: "adminCouncil.messages.saved",
      values: { title: "改过的名称" },
    });
    expect(await post(addCouncilItemAction, { meetingId: id, topic: "行动议题" })).toEqual({
      status: "ok",
      message: "adminCouncil.messages.itemAdded",
    });
    const item = await testDb.prisma.councilItem.findFirstOrThrow({ where: { meetingId: id, topic: "行动议题" } });
    const dueOn = localIn(7).slice(0, 10);
    const decided = await post(recordCouncilDecisionAction, { itemId: item.id, decision: "第一次决定", dueOn });
    expect(decided).toMatchObject({
      status: "ok",
      message: "adminCouncil.messages.decided",
      messageValues: { decided: 0, skipped: 0 },
    });
    const again = await post(recordCouncilDecisionAction, { itemId: item.id, decision: "第二次决定", dueOn });
    expect(again).toMatchObject({
      status: "error",
      formError: "adminCouncil.errors.alreadyDecided",
      values: { decision: "第二次决定" },
    });
    as(null);
  });
});
