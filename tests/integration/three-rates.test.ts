// The three rates (三率) of the seed's 2023 market day, checked against plain
// counting over the seeded rows, per category and per unit too; the roll-up and
// the exact query agree; a staff follow-up rating counts with the residents'.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { getWishReport, queryWishReport } from "@/lib/reports/wish-report";
import { queryExactWishReport } from "@/lib/reports/wish-report-exact";
import { queryRolledUpPeriodReport } from "@/lib/reports/wish-report-rollup";
import { periodBounds } from "@/lib/reports/report-scope";
import { formatRate, type RateCounts } from "@/lib/reports/three-rates";
import { recordFollowUp } from "@/lib/follow-up/record-follow-up";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { wishCsvChunks } from "@/lib/reports/export-wishes";
import { parseExportFilter } from "@/lib/reports/export-filter";
import { exportLabels } from "@/lib/reports/export-labels";
import { parseCsv } from "@/lib/reports/csv";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
let staff: Actor;
let marketDayId: string;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  const u = await prisma.staffUser.findFirstOrThrow({ where: { username: "staff" } });
  staff = { id: u.id, role: u.role, communityId: u.communityId };
  marketDayId = (await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } })).id;
});

type SeedRow = Awaited<ReturnType<typeof loadDay>>[number];
function loadDay() {
  return prisma.wish.findMany({
    where: { marketDayId },
    select: {
      category: true,
      referralOrgId: true,
      status: true,
      firstReplyAt: true,
      replyDueAt: true,
      settledAt: true,
      referralDueAt: true,
      satisfaction: true,
    },
  });
}

/** The definitions, counted by hand in JavaScript rather than SQL. */
function countByHand(rows: SeedRow[]): RateCounts {
  let repliedOnTime = 0;
  let settled = 0;
  let settledOnTime = 0;
  let rated = 0;
  let satisfied = 0;
  for (const w of rows) {
    if (w.firstReplyAt && w.firstReplyAt.getTime() <= w.replyDueAt.getTime()) repliedOnTime += 1;
    if (w.status === "SETTLED") {
      settled += 1;
      const due = w.referralDueAt ?? w.replyDueAt;
      if (w.settledAt && w.settledAt.getTime() <= due.getTime()) settledOnTime += 1;
    }
    if (w.satisfaction !== null) {
      rated += 1;
      if (w.satisfaction >= 4) satisfied += 1;
    }
  }
  return { collected: rows.length, repliedOnTime, settled, settledOnTime, rated, satisfied };
}

function groupBy(rows: SeedRow[], key: (w: SeedRow) => string | null): Map<string | null, SeedRow[]> {
  const groups = new Map<string | null, SeedRow[]>();
  for (const w of rows) groups.set(key(w), [...(groups.get(key(w)) ?? []), w]);
  return groups;
}

describe("the three rates of the seed's market day", () => {
  it("match plain counting over its wishes, overall, per category and per unit", async () => {
    const rows = await loadDay();
    const expected = countByHand(rows);
    // The seed must exercise every rate, or the comparison proves little.
    expect(expected.collected).toBe(39);
    expect(expected.rated).toBeGreaterThan(0);
    expect(expected.settled).toBeGreaterThan(0);
    const report = await queryWishReport(staff.communityId, { kind: "marketDay", marketDayId });
    expect(report.rateCounts).toEqual(expected);
    expect(report.rates.response).toBeCloseTo(expected.repliedOnTime / expected.collected);
    expect(report.rates.settlement).toBeCloseTo(expected.settled / expected.collected);
    expect(report.rates.satisfaction).toBeCloseTo(expected.satisfied / expected.rated);
    expect(report.rates.onTimeSettlement).toBeCloseTo(expected.settledOnTime / expected.settled);

    const byCategory = groupBy(rows, (w) => w.category);
    const categories = new Map((report.breakdown?.byCategory ?? []).map((r) => [r.key, r.counts]));
    expect(categories.size).toBe(byCategory.size);
    for (const [category, ws] of byCategory)
      expect(categories.get(category), String(category)).toEqual(countByHand(ws));
    const referred = rows.filter((w) => w.referralOrgId !== null);
    expect(referred.length).toBeGreaterThan(0);
    const byUnit = groupBy(referred, (w) => w.referralOrgId);
    const units = new Map((report.breakdown?.byUnit ?? []).map((r) => [r.key, r.counts]));
    expect(units.size).toBe(byUnit.size);
    for (const [org, ws] of byUnit) expect(units.get(org), String(org)).toEqual(countByHand(ws));
  });

  it("are the same from the roll-up as from the wishes, for a period", async () => {
    const bounds = periodBounds("2023-05-01", "2023-08-31");
    const scope = { kind: "period" as const, ...bounds };
    const now = new Date();
    const exact = await queryExactWishReport(staff.communityId, scope, now);
    const rolled = await queryRolledUpPeriodReport(staff.communityId, bounds, now);
    expect(exact.rateCounts.collected).toBeGreaterThan(0);
    expect(rolled.rateCounts).toEqual(exact.rateCounts);
    expect(rolled.rates).toEqual(exact.rates);
    expect(rolled.breakdown).toBeNull();
  });

  it("show — rather than NaN when there is nothing to divide by", async () => {
    const scoped = await getWishReport(staff, { kind: "period", from: "2020-01-01", to: "2020-01-31" });
    expect(scoped?.report.rates).toEqual({
      response: null,
      settlement: null,
      satisfaction: null,
      onTimeSettlement: null,
    });
    expect(formatRate(scoped!.report.rates.satisfaction, "zh-CN")).toBe("—");
    expect(formatRate(0.5, "en")).toBe("50%");
  });

  it("count a staff follow-up rating together with the residents' own", async () => {
    const before = await queryWishReport(staff.communityId, { kind: "marketDay", marketDayId });
    const unrated = await prisma.wish.findFirstOrThrow({
      where: { marketDayId, status: "SETTLED", satisfaction: null },
    });
    // The seed's unrated settled wishes of that day left no phone: give this one
    // a number, as an on-site entry with contact consent would have.
    const target = await prisma.wish.update({
      where: { id: unrated.id },
      data: { phoneEnc: encryptPersonal("13812345678"), phoneLast4: "5678" },
    });
    expect(await recordFollowUp(staff, { wishId: target.id, expectedVersion: target.version, outcome: "5" })).toBe(
      "rated",
    );
    const after = await queryWishReport(staff.communityId, { kind: "marketDay", marketDayId });
    expect(after.rateCounts.rated).toBe(before.rateCounts.rated + 1);
    expect(after.rateCounts.satisfied).toBe(before.rateCounts.satisfied + 1);
    expect(after.rateCounts).toEqual(countByHand(await loadDay()));
  });

  it("are in the CSV, one wish a line: summing its columns gives the report's counts", async () => {
    const report = await queryWishReport(staff.communityId, { kind: "marketDay", marketDayId });
    const filter = parseExportFilter({ marketDay: MARKET_DAY_2023_SLUG });
    let text = "";
    for await (const chunk of wishCsvChunks(staff.communityId, filter, false)) text += chunk;
    const [header, ...rows] = parseCsv(text.slice(1));
    const col = (name: string) => header!.indexOf(name);
    const count = (name: string, value: string) => rows.filter((r) => r[col(name)] === value).length;
    expect(rows).toHaveLength(report.rateCounts.collected);
    expect(count("replied_on_time", "yes")).toBe(report.rateCounts.repliedOnTime);
    expect(count("settled_on_time", "yes")).toBe(report.rateCounts.settledOnTime);
    expect(count("settled_on_time", "yes") + count("settled_on_time", "no")).toBe(report.rateCounts.settled);
    // The follow-up rating recorded above, told apart from the residents' own.
    expect(count("rating_source", "FOLLOW_UP_CALL")).toBe(1);
    expect(count("rating_source", "RESIDENT") + 1).toBe(report.rateCounts.rated);

    let zh = "";
    for await (const chunk of wishCsvChunks(staff.communityId, filter, false, 500, await exportLabels("zh-CN")))
      zh += chunk;
    const [zhHeader, ...zhRows] = parseCsv(zh.slice(1));
    expect(zhHeader).toEqual(expect.arrayContaining(["评价来源", "按时首次答复", "按期办结"]));
    expect(zhRows.some((r) => r.includes("电话回访"))).toBe(true);
  });
});
