// The follow-up call queue (回访) and its outcomes against a real, seeded
// database: who is in the queue, what a rating or an unreached call writes, and
// that an unsatisfied rating reopens the wish as the resident's own rating does.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AuthorizationError } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { FOLLOW_UP_MAX_ATTEMPTS } from "@/lib/follow-up/follow-up-schema";
import { listFollowUpQueue, queryFollowUpQueue } from "@/lib/follow-up/follow-up-queue";
import { FollowUpClosedError, recordFollowUp } from "@/lib/follow-up/record-follow-up";
import { StaleWishError } from "@/lib/wishes/apply-transition";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
const DAY = 24 * 3_600_000;

let staff: Actor;
let secretary: Actor;
let otherStaff: Actor;
let communityId: string;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  const users = await prisma.staffUser.findMany({
    select: { id: true, role: true, communityId: true, username: true },
  });
  const pick = (name: string) => {
    const u = users.find((x) => x.username === name)!;
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  staff = pick("staff");
  secretary = pick("secretary");
  communityId = staff.communityId;
  const other = await prisma.community.create({ data: { slug: "follow-up-other", name: "另一个社区" } });
  const o = await prisma.staffUser.create({
    data: {
      communityId: other.id,
      username: "follow-up-other",
      displayName: "另一社区",
      passwordHash: "x",
      role: "STAFF",
    },
  });
  otherStaff = { id: o.id, role: o.role, communityId: o.communityId };
  // The seed's own settled, unrated wishes with a phone would be in the queue
  // too: rate them away so each test sees only the wishes it made.
  await prisma.wish.updateMany({
    where: { communityId, status: "SETTLED", satisfaction: null },
    data: { ratedAt: new Date(), satisfaction: 5, ratingSource: "RESIDENT" },
  });
});

let counter = 0;
async function settledWish(opts: { settledDaysAgo: number; phone?: boolean; ratedAt?: Date; community?: string }) {
  counter += 1;
  const settledAt = new Date(Date.now() - opts.settledDaysAgo * DAY);
  const w = await prisma.wish.create({
    data: {
      communityId: opts.community ?? communityId,
      trackingCode: `FOLLOWUP${String(counter).padStart(4, "0")}`,
      kind: "WISH",
      category: "OTHER",
      content: `回访测试心愿 ${counter}`,
      status: "SETTLED",
      publicReply: "已办结。",
      phoneEnc: opts.phone === false ? null : encryptPersonal("13812345678"),
      phoneLast4: opts.phone === false ? null : "5678",
      consentAt: new Date(settledAt.getTime() - DAY),
      replyDueAt: settledAt,
      firstReplyAt: settledAt,
      settledAt,
      ratedAt: opts.ratedAt ?? null,
      satisfaction: opts.ratedAt ? 4 : null,
      createdAt: new Date(settledAt.getTime() - DAY),
      idempotencyKey: randomUUID(),
    },
  });
  return w;
}

async function clearQueue() {
  await prisma.wish.updateMany({
    where: { trackingCode: { startsWith: "FOLLOWUP" } },
    data: { ratedAt: new Date(), satisfaction: 5 },
  });
}

describe("the follow-up queue", () => {
  it("lists settled, unrated wishes with a phone after the delay, oldest first, phones masked", async () => {
    await clearQueue();
    const old = await settledWish({ settledDaysAgo: 10 });
    const due = await settledWish({ settledDaysAgo: 4 });
    const tooRecent = await settledWish({ settledDaysAgo: 1 });
    const noPhone = await settledWish({ settledDaysAgo: 5, phone: false });
    const rated = await settledWish({ settledDaysAgo: 6, ratedAt: new Date() });
    // Rated before a later settlement: that settlement has no rating yet.
    const ratedBefore = await settledWish({ settledDaysAgo: 7, ratedAt: new Date(Date.now() - 20 * DAY) });
    const queue = await listFollowUpQueue(staff);
    const ids = queue.items.map((i) => i.id);
    expect(ids).toEqual([old.id, ratedBefore.id, due.id]);
    expect(queue.total).toBe(3);
    expect(queue.days).toBe(3);
    for (const absent of [tooRecent, noPhone, rated]) expect(ids).not.toContain(absent.id);
    expect(queue.items[0]!.maskedPhone).toBe("*******5678");
    expect(JSON.stringify(queue)).not.toContain("13812345678");
    // The delay is the setting's: with none, yesterday's settlement is due too.
    const immediate = await queryFollowUpQueue(communityId, new Date(), 0);
    expect(immediate.items.map((i) => i.id)).toContain(tooRecent.id);
  });

  it("is the actor's community only, and only for roles that make follow-up calls", async () => {
    await clearQueue();
    await settledWish({ settledDaysAgo: 5, community: otherStaff.communityId });
    expect((await listFollowUpQueue(staff)).items).toEqual([]);
    expect((await listFollowUpQueue(otherStaff)).items).toHaveLength(1);
    await expect(listFollowUpQueue(secretary)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listFollowUpQueue(null)).rejects.toMatchObject({ status: 401 });
  });
});

describe("recording a call", () => {
  it("an unreached call keeps the wish in the queue with its time, until the attempt limit", async () => {
    await clearQueue();
    const w = await settledWish({ settledDaysAgo: 5 });
    let version = w.version;
    for (let attempt = 1; attempt <= FOLLOW_UP_MAX_ATTEMPTS; attempt += 1) {
      const at = new Date(Date.now() - (FOLLOW_UP_MAX_ATTEMPTS - attempt) * 60_000);
      expect(await recordFollowUp(staff, { wishId: w.id, expectedVersion: version, outcome: "unreached" }, at)).toBe(
        "unreached",
      );
      version += 1;
      const item = (await listFollowUpQueue(staff)).items.find((i) => i.id === w.id);
      if (attempt < FOLLOW_UP_MAX_ATTEMPTS) {
        expect(item).toMatchObject({ attempts: attempt, lastAttemptAt: at, version });
      } else {
        expect(item).toBeUndefined();
      }
    }
    const events = await prisma.wishEvent.findMany({ where: { wishId: w.id }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => [e.action, e.actorType, e.actorId, e.toStatus])).toEqual(
      Array.from({ length: FOLLOW_UP_MAX_ATTEMPTS }, () => ["FOLLOW_UP_UNREACHED", "STAFF", staff.id, "SETTLED"]),
    );
    await expect(
      recordFollowUp(staff, { wishId: w.id, expectedVersion: version, outcome: "unreached" }),
    ).rejects.toBeInstanceOf(FollowUpClosedError);
  });

  it("a satisfied rating is recorded as a follow-up call by the staff member, and leaves the queue", async () => {
    await clearQueue();
    const w = await settledWish({ settledDaysAgo: 5 });
    const result = await recordFollowUp(staff, { wishId: w.id, expectedVersion: 0, outcome: "4", note: "很满意" });
    expect(result).toBe("rated");
    const after = await prisma.wish.findUniqueOrThrow({ where: { id: w.id }, include: { events: true } });
    expect(after).toMatchObject({
      status: "SETTLED",
      satisfaction: 4,
      satisfactionComment: "很满意",
      ratingSource: "FOLLOW_UP_CALL",
    });
    expect(after.events.map((e) => [e.action, e.actorType, e.actorId])).toEqual([["RATE", "STAFF", staff.id]]);
    expect((await listFollowUpQueue(staff)).items.map((i) => i.id)).not.toContain(w.id);
  });

  it("an unsatisfied rating reopens the wish through the life cycle, like a resident's own", async () => {
    await clearQueue();
    const w = await settledWish({ settledDaysAgo: 5 });
    expect(await recordFollowUp(staff, { wishId: w.id, expectedVersion: 0, outcome: "2", note: "没修好" })).toBe(
      "reopened",
    );
    const after = await prisma.wish.findUniqueOrThrow({
      where: { id: w.id },
      include: { events: { orderBy: { sequence: "asc" } } },
    });
    expect(after.status).toBe("REOPENED");
    expect(after.version).toBe(2);
    expect(after.events.map((e) => [e.action, e.actorType, e.fromStatus, e.toStatus])).toEqual([
      ["RATE", "STAFF", "SETTLED", "SETTLED"],
      ["REOPEN", "SYSTEM", "SETTLED", "REOPENED"],
    ]);
    expect(after.events[1]!.internalNote).toBe("回访满意度 2/5：没修好");
  });

  it("refuses a stale form, another community and a role without the permission, writing nothing", async () => {
    await clearQueue();
    const w = await settledWish({ settledDaysAgo: 5 });
    await expect(recordFollowUp(staff, { wishId: w.id, expectedVersion: 3, outcome: "5" })).rejects.toBeInstanceOf(
      StaleWishError,
    );
    await expect(recordFollowUp(otherStaff, { wishId: w.id, expectedVersion: 0, outcome: "5" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(recordFollowUp(secretary, { wishId: w.id, expectedVersion: 0, outcome: "5" })).rejects.toMatchObject({
      status: 403,
    });
    expect(await prisma.wishEvent.count({ where: { wishId: w.id } })).toBe(0);
    expect((await prisma.wish.findUniqueOrThrow({ where: { id: w.id } })).satisfaction).toBeNull();
  });
});
