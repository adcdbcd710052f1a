// The report roll-up ("WishDailyStat", kept by a trigger on "Wish") against a real
// database. After every kind of write (submissions, each lifecycle transition,
// ratings that reopen, notes, the purge, direct updates and deletes) a period
// report summed from it equals the exact aggregate over "Wish": counts exactly,
// medians within one duration bucket. The trigger's rows also equal a rebuild
// from scratch, and SQL and TypeScript put durations in the same buckets.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { recordCouncilDecision } from "@/lib/council/record-council-decision";
import { purgePersonalData } from "@/lib/privacy/purge-personal-data";
import { durationBucket } from "@/lib/reports/duration-histogram";
import { periodBounds } from "@/lib/reports/report-scope";
import { shanghaiDay } from "@/lib/time/shanghai";
import { EXACT_MEDIAN_LIMIT, queryWishReport } from "@/lib/reports/wish-report";
import { queryExactWishReport } from "@/lib/reports/wish-report-exact";
import { queryRolledUpPeriodReport } from "@/lib/reports/wish-report-rollup";
import { seedDatabase } from "@/lib/seed/seed-database";
import { addNote } from "@/lib/wishes/add-note";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { escalateWish } from "@/lib/wishes/escalate-wish";
import { handleOnSite } from "@/lib/wishes/handle-on-site";
import { markDuplicate } from "@/lib/wishes/mark-duplicate";
import { rateWish } from "@/lib/wishes/rate-wish";
import { recordReferralOutcome } from "@/lib/wishes/record-referral-outcome";
import { referWish } from "@/lib/wishes/refer-wish";
import { reopenWish } from "@/lib/wishes/reopen-wish";
import { settleWish } from "@/lib/wishes/settle-wish";
import { submitWish } from "@/lib/wishes/submit-wish";
import { enterOnSiteSchema } from "@/lib/wishes/triage-schemas";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();

const testDb = await useTestDatabase();

let staff: Actor;
let secretary: Actor;
let meetingId: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(testDb.prisma, "staff");
  secretary = await seededActor(testDb.prisma, "secretary");
  meetingId = (
    await testDb.prisma.councilMeeting.create({
      data: {
        communityId: staff.communityId,
        title: "汇总测试议事会",
        scheduledAt: new Date(Date.now() + 30 * DAY),
        place: "会议室",
        status: "PLANNED",
      },
    })
  ).id;
});

/** A wish entered at a stall, with a phone ending 1234 so that the resident can rate it. */
async function entered(content: string) {
  const values = enterOnSiteSchema.parse({
    kind: "WISH",
    category: "OTHER",
    content,
    phone: "139 0000 1234",
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return enterWishOnSite(staff, values);
}

const version = async (id: string) => (await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).version;
const codeOf = async (id: string) => (await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).trackingCode;

/** A wish written straight to the table, as an import or a repair script would. */
async function direct(communityId: string, createdAt: Date, fields: Record<string, unknown> = {}) {
  return testDb.prisma.wish.create({
    data: {
      communityId,
      trackingCode: `ROLL${randomBytes(6).toString("hex")}`.toUpperCase(),
      idempotencyKey: randomUUID(),
      kind: "WISH",
      category: "OTHER",
      content: "汇总测试",
      replyDueAt: new Date(createdAt.getTime() + 48 * HOUR),
      createdAt,
      ...fields,
    },
  });
}

function expectMedian(estimate: number | null, exact: number | null): void {
  if (exact === null) {
    expect(estimate).toBeNull();
    return;
  }
  // One bucket: under a minute below 32 minutes, under 1/16 of the value above.
  expect(estimate).not.toBeNull();
  expect(Math.abs(estimate! - exact)).toBeLessThanOrEqual(exact / 16 + 1 / 60);
}

async function expectRollUpMatches(
  from: string,
  to: string,
  now: Date,
  communityId = staff.communityId,
): Promise<number> {
  const period = periodBounds(from, to);
  const exact = await queryExactWishReport(communityId, { kind: "period", ...period }, now);
  const rolledUp = await queryRolledUpPeriodReport(communityId, period, now);
  const { medianHoursToFirstReply, medianHoursToSettlement, averageSatisfaction, mediansApproximate, ...counts } =
    exact;
  expect(mediansApproximate).toBe(false);
  expect(rolledUp).toMatchObject({ ...counts, mediansApproximate: true });
  if (averageSatisfaction === null) expect(rolledUp.averageSatisfaction).toBeNull();
  else expect(rolledUp.averageSatisfaction).toBeCloseTo(averageSatisfaction, 10);
  expectMedian(rolledUp.medianHoursToFirstReply, medianHoursToFirstReply);
  expectMedian(rolledUp.medianHoursToSettlement, medianHoursToSettlement);
  return exact.collected;
}

/** The roll-up's rows without empty days and trailing empty buckets (a rebuild has neither). */
async function rollUpRows() {
  const rows = await testDb.prisma.wishDailyStat.findMany({ orderBy: [{ communityId: "asc" }, { day: "asc" }] });
  const trim = (h: number[]) => h.slice(0, h.findLastIndex((n) => n !== 0) + 1);
  return rows
    .map((r) => ({
      ...r,
      firstReplyHistogram: trim(r.firstReplyHistogram),
      settlementHistogram: trim(r.settlementHistogram),
    }))
    .filter((r) => r.collected !== 0 || r.firstReplyHistogram.length > 0 || r.settlementHistogram.length > 0);
}

describe("the daily roll-up", () => {
  it("puts durations in the same buckets in SQL and TypeScript", async () => {
    const durations = [
      -5_000,
      0,
      59_999,
      60_000,
      31 * 60_000,
      32 * 60_000 - 1,
      32 * 60_000,
      47.5 * HOUR,
      20 * DAY,
      3 * 365 * DAY,
    ];
    for (let k = 5; k <= 21; k++) durations.push(2 ** k * 60_000 - 1, 2 ** k * 60_000, 2 ** k * 60_000 + 37_123);
    const start = new Date("2025-03-01T02:00:00.000Z");
    const rows = await testDb.prisma.$queryRaw<{ ms: number; bucket: number }[]>`
      SELECT ms::float8 AS ms, wish_duration_bucket(${start}::timestamptz, ${start}::timestamptz + ms * interval '1 millisecond') - 1 AS bucket
        FROM unnest(${durations}::float8[]) AS ms`;
    expect(rows.map((r) => [r.ms, r.bucket])).toEqual(durations.map((ms) => [ms, durationBucket(ms)]));
  });

  it("matches the exact report after submissions, every transition, ratings, notes, the purge, updates and deletes", async () => {
    const { communityId } = staff;
    const web = await submitWish(
      wishFormSchema.parse({
        kind: "wish",
        category: "other",
        content: "网上提交的心愿，还没人回复。",
        idempotencyKey: randomUUID(),
      }),
      { channel: "WEB" },
    );
    const onSite = await entered("现场办理的心愿");
    await handleOnSite(staff, { wishId: onSite.id, expectedVersion: 0, publicReply: "当场解决。" });
    expect(await rateWish({ code: await codeOf(onSite.id), last4: "1234", rating: 5, comment: "" })).toBe("rated");

    const referred = await entered("转办后再评差评的心愿");
    await referWish(staff, {
      wishId: referred.id,
      expectedVersion: 0,
      referralDepartment: "街道城建办",
      referralDueAt: new Date(Date.now() + 14 * DAY),
    });
    await recordReferralOutcome(staff, { wishId: referred.id, expectedVersion: 1, referralOutcome: "已维修" });
    await settleWish(staff, { wishId: referred.id, expectedVersion: 2, publicReply: "已办结。" });
    expect(await rateWish({ code: await codeOf(referred.id), last4: "1234", rating: 1, comment: "没修好" })).toBe(
      "reopened",
    );
    // Sent to a unit again, with a due date that has passed: overdue.
    await referWish(staff, {
      wishId: referred.id,
      expectedVersion: await version(referred.id),
      referralDepartment: "物业",
      referralDueAt: new Date(Date.now() - HOUR),
    });

    const escalated = await entered("上报议事会的心愿");
    await escalateWish(staff, {
      wishId: escalated.id,
      expectedVersion: 0,
      target: { meetingId, topic: "汇总测试议题" },
    });
    const item = (await testDb.prisma.wish.findUniqueOrThrow({ where: { id: escalated.id } })).councilItemId!;
    // The meeting takes place, then decides (DECIDED: the work is still to be done).
    await testDb.prisma.councilMeeting.update({
      where: { id: meetingId },
      data: { status: "HELD", scheduledAt: new Date(Date.now() - HOUR) },
    });
    await recordCouncilDecision(secretary, {
      itemId: item,
      decision: "议事会决定维修。",
      decisionEn: null,
      dueOn: new Date(Date.now() + 7 * DAY),
    });

    const duplicate = await entered("重复的心愿");
    await markDuplicate(staff, { wishId: duplicate.id, expectedVersion: 0, originalCode: await codeOf(onSite.id) });
    const reopened = await entered("办结后又重开的心愿");
    await settleWish(staff, { wishId: reopened.id, expectedVersion: 0, publicReply: "已回复。" });
    await reopenWish(staff, { wishId: reopened.id, expectedVersion: 1, internalNote: "居民来电说没解决" });
    await handleOnSite(staff, { wishId: reopened.id, expectedVersion: 2, publicReply: "第二次现场解决。" });
    const noted = await entered("只加了备注的心愿");
    await addNote(staff, { wishId: noted.id, expectedVersion: 0, internalNote: "备注" });
    const deleted = await entered("要删除的心愿");
    await testDb.prisma.$transaction([
      testDb.prisma.wishEvent.deleteMany({ where: { wishId: deleted.id } }),
      testDb.prisma.wish.delete({ where: { id: deleted.id } }),
    ]);
    expect(await testDb.prisma.wish.count({ where: { id: web.id } })).toBe(1);

    // Written directly: around a Shanghai midnight (2025-03-02 00:00 = 03-01 16:00 UTC),
    // durations in every range of buckets, open wishes due before and after "now".
    const midnight = new Date("2025-03-01T16:00:00.000Z");
    const justBefore = new Date(midnight.getTime() - 1);
    const settled = (createdAt: Date, ms: number, satisfaction: number | null = null) =>
      direct(communityId, createdAt, {
        status: "SETTLED",
        firstReplyAt: new Date(createdAt.getTime() + ms / 2),
        settledAt: new Date(createdAt.getTime() + ms),
        satisfaction,
      });
    for (const [i, ms] of [
      30_000,
      31 * 60_000,
      32 * 60_000,
      3 * HOUR,
      47.5 * HOUR,
      20 * DAY,
      3 * 365 * DAY,
    ].entries()) {
      await settled(i % 2 ? midnight : justBefore, ms, (i % 5) + 1);
    }
    await direct(communityId, justBefore); // SUBMITTED, due 48 h later
    await direct(communityId, midnight, {
      status: "REFERRED",
      firstReplyAt: midnight,
      referredAt: midnight,
      referralDueAt: new Date(midnight.getTime() + 14 * DAY),
    });
    await direct(communityId, midnight, { status: "REFERRED", firstReplyAt: midnight, referredAt: midnight }); // no due date: never overdue
    const moved = await settled(midnight, 5 * HOUR, 4);
    await testDb.prisma.wish.update({ where: { id: moved.id }, data: { createdAt: new Date("2025-02-27T08:00:00Z") } });
    const gone = await direct(communityId, justBefore, {
      status: "ESCALATED",
      firstReplyAt: midnight,
      escalatedAt: midnight,
    });
    await testDb.prisma.wish.delete({ where: { id: gone.id } });
    expect((await purgePersonalData(testDb.prisma, new Date(Date.now() + 2 * 365 * DAY))).wishes).toBeGreaterThan(0);

    const today = shanghaiDay(new Date());
    const todays = await testDb.prisma.wish.count({
      where: { communityId, createdAt: { gte: periodBounds(today, today).start } },
    });
    expect(todays).toBeGreaterThanOrEqual(7);
    const later = new Date(midnight.getTime() + 3 * DAY);
    for (const now of [new Date(), new Date(midnight.getTime() + HOUR), later]) {
      expect(await expectRollUpMatches(today, today, now)).toBe(todays);
      expect(await expectRollUpMatches("2025-03-01", "2025-03-01", now)).toBe(5);
      expect(await expectRollUpMatches("2025-03-02", "2025-03-02", now)).toBe(5);
      expect(await expectRollUpMatches("2025-02-01", "2025-03-31", now)).toBe(11);
      await expectRollUpMatches("2020-01-01", "2035-12-31", now);
    }
    // Nothing counted outside: an empty period.
    expect(await expectRollUpMatches("2024-01-01", "2024-01-31", later)).toBe(0);
  });

  it("counts a write when it commits, and never a rolled-back one", async () => {
    const rows = await rollUpRows();
    const createdAt = new Date("2025-03-01T08:00:00Z");
    await expect(
      testDb.prisma.$transaction(async (tx) => {
        await tx.wish.create({
          data: {
            communityId: staff.communityId,
            trackingCode: "ROLLBACK1",
            idempotencyKey: randomUUID(),
            kind: "WISH",
            category: "OTHER",
            content: "回滚",
            replyDueAt: createdAt,
            createdAt,
          },
        });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await rollUpRows()).toEqual(rows);
  });

  it("holds what a rebuild from scratch computes", async () => {
    const before = await rollUpRows();
    expect(before.length).toBeGreaterThan(3);
    await testDb.prisma.$executeRaw`SELECT wish_daily_stat_rebuild()`;
    expect(await rollUpRows()).toEqual(before);
  });

  it("answers a period past the exact limit from the roll-up, and a small one exactly", async () => {
    const big = await testDb.prisma.community.create({ data: { slug: `rollup-${randomUUID()}`, name: "大社区" } });
    const start = new Date("2025-06-01T00:00:00+08:00");
    // Wish i is submitted 2i minutes into June (spread over four weeks: a trigger
    // that updates one day's row thousands of times in one transaction is slow) and
    // answered i seconds later: first replies of 1 s to about 5.6 h, every fifth
    // one settled.
    await testDb.prisma.$executeRaw`
      INSERT INTO "Wish" (id, "communityId", "trackingCode", kind, category, content, status, "replyDueAt",
                          "firstReplyAt", "settledAt", "idempotencyKey", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${big.id}::uuid, 'BIG' || i, 'WISH', 'OTHER', '大量心愿',
             (CASE WHEN i % 5 = 0 THEN 'SETTLED' ELSE 'REFERRED' END)::"WishStatus",
             t + interval '48 hours', t + i * interval '1 second',
             CASE WHEN i % 5 = 0 THEN t + 2 * i * interval '1 second' END, 'big-' || i, t, t
        FROM generate_series(1, ${EXACT_MEDIAN_LIMIT + 1}::int) AS i,
             LATERAL (SELECT ${start}::timestamptz + 2 * i * interval '1 minute' AS t) AS x`;
    const now = new Date("2025-07-01T00:00:00+08:00");
    const period = { kind: "period" as const, ...periodBounds("2025-06-01", "2025-06-30") };
    const report = await queryWishReport(big.id, period, now);
    const exact = await queryExactWishReport(big.id, period, now);
    expect(report.mediansApproximate).toBe(true);
    expect(report.collected).toBe(EXACT_MEDIAN_LIMIT + 1);
    expect(report.settled).toBe(exact.settled);
    expectMedian(report.medianHoursToFirstReply, exact.medianHoursToFirstReply);
    expectMedian(report.medianHoursToSettlement, exact.medianHoursToSettlement);
    await expectRollUpMatches("2025-05-31", "2025-06-30", now, big.id);

    const small = await queryWishReport(
      staff.communityId,
      { kind: "period", ...periodBounds("2025-03-01", "2025-03-02") },
      now,
    );
    expect(small.mediansApproximate).toBe(false);
  });

  it("is emptied when the wishes are truncated", async () => {
    await testDb.prisma
      .$executeRaw`TRUNCATE "WishEvent", "Notification", "StaffAlert", "Referral", "WishSupport", "Wish"`;
    expect(await testDb.prisma.wishDailyStat.count()).toBe(0);
  });
});
