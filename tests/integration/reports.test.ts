// Report figures and the CSV export against a real, seeded database.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import type { Actor } from "@/lib/auth/permissions";
import { getWishReport, queryWishReport } from "@/lib/reports/wish-report";
import { parseExportFilter } from "@/lib/reports/export-filter";
import { startWishExport, wishCsvChunks } from "@/lib/reports/export-wishes";
import { CSV_BOM, parseCsv } from "@/lib/reports/csv";
import { csvByteStream } from "@/lib/reports/csv-stream";
import { getMarketDaySummary } from "@/lib/reports/market-day-summary";
import { openStaffSession } from "@/lib/auth/staff-sessions";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

const testDb = await useTestDatabase();

let admin: Actor;
let staff: Actor;
let secretary: Actor;
const NAME = "导出测试居民";
const PHONE = "13912345678";
const FORMULA = '=HYPERLINK("http://x","点我")';

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  const users = await testDb.prisma.staffUser.findMany({
    select: { id: true, role: true, communityId: true, username: true },
  });
  const by = (name: string): Actor => {
    const u = users.find((x) => x.username === name)!;
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  admin = by("admin");
  staff = by("staff");
  secretary = by("secretary");
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "other",
    content: FORMULA,
    name: NAME,
    phone: PHONE,
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  await submitWish(values, { channel: "WEB" });
});

describe("report figures", () => {
  it("shows 39 collected, 27 handled on site and 12 referred for the seed's 2023 market day", async () => {
    const md = await testDb.prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } });
    const result = await queryWishReport(admin.communityId, { kind: "marketDay", marketDayId: md.id });
    expect(result.collected).toBe(39);
    expect(result.handledOnSite).toBe(27);
    expect(result.referred).toBe(12);
    expect(result.replyRate).not.toBeNull();
    expect(result.satisfaction.reduce((a, b) => a + b, 0)).toBe(result.rated);
  });

  it("is scoped to the actor's community and a known market day", async () => {
    const report = await getWishReport(admin, { kind: "marketDay", slug: MARKET_DAY_2023_SLUG });
    expect(report?.marketDay?.slug).toBe(MARKET_DAY_2023_SLUG);
    expect(await getWishReport(admin, { kind: "marketDay", slug: "no-such-day" })).toBeNull();
    const other = await testDb.prisma.community.create({ data: { slug: `o-${randomUUID()}`, name: "另一个" } });
    expect(
      await getWishReport({ ...admin, communityId: other.id }, { kind: "marketDay", slug: MARKET_DAY_2023_SLUG }),
    ).toBeNull();
    await expect(getWishReport(null, { kind: "none" })).rejects.toMatchObject({ status: 401 });
    expect(await getWishReport(secretary, { kind: "none" })).toBeNull();
  });

  it("computes medians, rates, overdue and satisfaction on a hand-made dataset", async () => {
    const community = await testDb.prisma.community.create({ data: { slug: `m-${randomUUID()}`, name: "中位数社区" } });
    const t0 = new Date("2025-03-01T02:00:00Z");
    const h = (n: number) => new Date(t0.getTime() + n * 3_600_000);
    // First replies after 1, 3, 10 h (median 3); settlements after 2 and 6 h (median 4).
    const rows = [
      { status: "SETTLED", firstReplyAt: h(1), handledOnSiteAt: h(1), settledAt: h(2), satisfaction: 5 },
      { status: "SETTLED", firstReplyAt: h(3), referredAt: h(3), settledAt: h(6), satisfaction: 2 },
      { status: "ESCALATED", firstReplyAt: h(10), escalatedAt: h(10) },
      { status: "SUBMITTED" }, // overdue: no reply, due 48 h after t0
      { status: "REFERRED", firstReplyAt: h(1), referredAt: h(1), referralDueAt: h(24) }, // overdue referral
    ] as const;
    for (const [i, row] of rows.entries()) {
      await testDb.prisma.wish.create({
        data: {
          communityId: community.id,
          trackingCode: `MED${i}${randomBytes(4).toString("hex")}`.toUpperCase(),
          idempotencyKey: randomUUID(),
          kind: "WISH",
          category: "OTHER",
          content: "测试",
          replyDueAt: h(48),
          createdAt: t0,
          ...row,
        },
      });
    }
    const report = await queryWishReport(
      community.id,
      { kind: "period", start: new Date("2025-03-01T00:00:00+08:00"), end: new Date("2025-03-02T00:00:00+08:00") },
      h(100),
    );
    expect(report).toMatchObject({
      collected: 5,
      handledOnSite: 1,
      referred: 2,
      escalated: 1,
      settled: 2,
      replied: 4,
      replyRate: 0.8,
      medianHoursToFirstReply: 2, // 1, 1, 3, 10 → (1+3)/2
      medianHoursToSettlement: 4,
      overdue: 2,
      rated: 2,
      averageSatisfaction: 3.5,
      satisfaction: [0, 1, 0, 0, 1],
    });
    // Before the due dates nothing is overdue; outside the period nothing is counted.
    expect((await queryWishReport(community.id, { kind: "period", start: t0, end: h(1) }, h(2))).overdue).toBe(0);
    expect((await queryWishReport(community.id, { kind: "period", start: h(1), end: h(2) })).collected).toBe(0);
  });
});

async function drain(chunks: AsyncGenerator<string, void>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("CSV export", () => {
  it("starts with a BOM, quotes per RFC 4180, neutralises formulas and pages through every row", async () => {
    const text = await drain(wishCsvChunks(admin.communityId, parseExportFilter({}), false, 7));
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(text.slice(1));
    const total = await testDb.prisma.wish.count({ where: { communityId: admin.communityId } });
    expect(rows.length).toBe(total + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(total);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(rows.some((r) => r.includes(`'${FORMULA}`))).toBe(true);
    expect(rows.some((r) => r.includes(FORMULA))).toBe(false);
    expect(text).not.toContain(PHONE);
  });

  it("applies the inbox filters", async () => {
    const text = await drain(
      wishCsvChunks(admin.communityId, parseExportFilter({ marketDay: MARKET_DAY_2023_SLUG, state: "settled" }), false),
    );
    const rows = parseCsv(text.slice(1)).slice(1);
    const expected = await testDb.prisma.wish.count({
      where: { marketDay: { slug: MARKET_DAY_2023_SLUG }, status: "SETTLED" },
    });
    expect(rows.length).toBe(expected);
    expect(rows.every((r) => r[5] === "SETTLED" && r[6] === MARKET_DAY_2023_SLUG)).toBe(true);
  });

  it("includes names and phones only for roles allowed to export them, when asked, and logs every export", async () => {
    const filter = parseExportFilter({ kind: "wish", category: "other" });
    const before = await testDb.prisma.auditLog.count({ where: { action: "report.export" } });

    // Personal data needs the password entered within five minutes: a session
    // signed in six minutes ago is refused, one signed in just now is not.
    const staleSession = await openStaffSession(admin.id, Date.now() - 6 * 60_000);
    await expect(
      startWishExport({ ...admin, sessionId: staleSession }, { filter, wantsPersonal: true }),
    ).rejects.toMatchObject({ status: 403, code: "adminAuth.reauth.required" });
    await expect(startWishExport(admin, { filter, wantsPersonal: true })).rejects.toMatchObject({ status: 403 });
    const freshSession = await openStaffSession(admin.id, Date.now());
    const asAdmin = await startWishExport(
      { ...admin, sessionId: freshSession },
      { filter, wantsPersonal: true, ipKey: "ip-key" },
    );
    const adminText = await drain(asAdmin.chunks);
    expect(asAdmin.personal).toBe(true);
    expect(adminText).toContain(PHONE);
    expect(adminText).toContain(NAME);

    const asStaff = await startWishExport(staff, { filter, wantsPersonal: true });
    expect(asStaff.personal).toBe(false);
    const staffText = await drain(asStaff.chunks);
    expect(staffText).not.toContain(PHONE);
    expect(staffText).not.toContain(NAME);

    const adminNotAsked = await startWishExport(admin, { filter, wantsPersonal: false });
    expect(adminNotAsked.personal).toBe(false);
    expect(await drain(adminNotAsked.chunks)).not.toContain(PHONE);

    await expect(startWishExport(secretary, { filter, wantsPersonal: false })).rejects.toMatchObject({ status: 403 });
    await expect(startWishExport(null, { filter, wantsPersonal: false })).rejects.toMatchObject({ status: 401 });

    const logs = await testDb.prisma.auditLog.findMany({
      where: { action: "report.export" },
      orderBy: { createdAt: "asc" },
    });
    expect(logs.length).toBe(before + 3);
    expect(logs.at(-3)?.detail).toEqual({
      filter: { kind: "WISH", category: "OTHER" },
      personal: true,
      requestedPersonal: true,
    });
    expect(logs.at(-2)).toMatchObject({ actorId: staff.id, detail: { personal: false, requestedPersonal: true } });
    expect(JSON.stringify(logs)).not.toContain(PHONE);
    expect(JSON.stringify(logs)).not.toContain(NAME);
  });

  it("streams UTF-8 bytes with the BOM first, batch by batch", async () => {
    const stream = csvByteStream(wishCsvChunks(admin.communityId, parseExportFilter({}), false, 10));
    const reader = stream.getReader();
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) parts.push(r.value);
    expect(parts.length).toBeGreaterThan(3);
    expect([...parts[0]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(Buffer.concat(parts));
    expect(text.startsWith(CSV_BOM + "tracking_code,")).toBe(true);
    expect(text).toContain("SETTLED");
  });
});

describe("the printed market-day summary", () => {
  it("has a row per stall whose figures add up to the report's, with the same definitions", async () => {
    const summary = await getMarketDaySummary(admin, MARKET_DAY_2023_SLUG);
    expect(summary).not.toBeNull();
    const { report, stalls, noStall, marketDay } = summary!;
    expect(stalls).toHaveLength(marketDay.stallCount);
    expect(stalls.map((s) => s.number)).toEqual([...stalls.map((s) => s.number)].sort((a, b) => a - b));
    const total = (key: "collected" | "handledOnSite" | "referred" | "settled") =>
      stalls.reduce((sum, s) => sum + s[key], 0) + noStall[key];
    expect(total("collected")).toBe(report.collected);
    expect(total("handledOnSite")).toBe(report.handledOnSite);
    expect(total("referred")).toBe(report.referred);
    expect(total("settled")).toBe(report.settled);
    // The seed's market day: 39 wishes, 27 handled on site, 12 referred.
    expect([total("collected"), total("handledOnSite"), total("referred")]).toEqual([39, 27, 12]);
    expect(await getMarketDaySummary(secretary, "no-such-market-day")).toBeNull();
  });
});
