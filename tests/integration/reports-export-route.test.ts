// GET /api/admin/reports/wishes.csv end to end against a real, seeded database. The
// session is the only stand-in: getActor() reads Next's request cookies, which do
// not exist under Vitest, so the test decides who is signed in.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { parseCsv } from "@/lib/reports/csv";
import { openStaffSession } from "@/lib/auth/staff-sessions";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

let signedIn: (Actor & { sessionId?: string }) | null = null;
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(signedIn),
}));
const { GET } = await import("@/app/api/admin/reports/wishes.csv/route");

const testDb = await useTestDatabase();
const actors: Record<string, Actor> = {};
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  for (const u of await testDb.prisma.staffUser.findMany())
    actors[u.username] = { id: u.id, role: u.role, communityId: u.communityId };
});

const url = (query: string) =>
  new Request(`http://localhost/api/admin/reports/wishes.csv?${query}`, {
    headers: { "x-forwarded-for": "203.0.113.9" },
  });

describe("GET /api/admin/reports/wishes.csv", () => {
  it("answers 401 signed out and 403 without report.export, and logs nothing then", async () => {
    signedIn = null;
    expect((await GET(url(""))).status).toBe(401);
    signedIn = actors.secretary!;
    const res = await GET(url(""));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "forbidden" });
    expect(await testDb.prisma.auditLog.count({ where: { action: "report.export" } })).toBe(0);
  });

  it("streams the filtered wishes as UTF-8 CSV with a BOM and logs the export", async () => {
    signedIn = actors.staff!;
    const res = await GET(url(`marketDay=${MARKET_DAY_2023_SLUG}&personal=1`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // The file name says what it holds: the market day, and the day it was exported.
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="huiyin-wishes-${MARKET_DAY_2023_SLUG}-exported-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes));
    expect(rows.length).toBe(40);
    // Chinese by default: column names and labels as the subdistrict reads them.
    expect(rows[0]!.slice(0, 6)).toEqual(["查询码", "提交时间", "类型", "分类", "渠道", "状态"]);
    expect(rows.slice(1).some((r) => r[5] === "已办结" && r[4] === "现场收集")).toBe(true);
    expect(rows.slice(1).every((r) => r[6] === rows[1]![6] && r[6]!.includes("市集"))).toBe(true);
    // Staff may not export personal data, asked or not: no name/phone columns.
    expect(rows[0]).not.toContain("电话");
    const log = await testDb.prisma.auditLog.findFirstOrThrow({
      where: { action: "report.export", actorId: actors.staff!.id },
    });
    expect(log.detail).toEqual({
      filter: { marketDay: MARKET_DAY_2023_SLUG },
      personal: false,
      requestedPersonal: true,
    });
    expect(log.ipKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("refuses personal columns without a password entered in the last five minutes (403, not logged as an export)", async () => {
    const sessionId = await openStaffSession(actors.admin!.id, Date.now() - 6 * 60_000);
    signedIn = { ...actors.admin!, sessionId };
    const before = await testDb.prisma.auditLog.count({ where: { action: "report.export" } });
    const res = await GET(url("personal=1&state=settled"));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "reauthentication-required" });
    expect(await testDb.prisma.auditLog.count({ where: { action: "report.export" } })).toBe(before);
    // Without personal data the same session exports as before.
    expect((await GET(url("state=settled"))).status).toBe(200);
  });

  it("adds the personal columns for an admin who asks for them, just after entering the password", async () => {
    signedIn = { ...actors.admin!, sessionId: await openStaffSession(actors.admin!.id, Date.now()) };
    const rows = parseCsv(
      (await (await GET(url("personal=1&state=settled&lang=codes"))).text()).replace(/^\uFEFF/, ""),
    );
    expect(rows[0]!.slice(-2)).toEqual(["name", "phone"]);
    expect(rows.slice(1).every((r) => r[5] === "SETTLED")).toBe(true);
  });

  it("speaks English when asked, and names a period's file by its dates", async () => {
    signedIn = actors.staff!;
    const res = await GET(url("lang=en&from=2023-05-01&to=2023-06-30"));
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="huiyin-wishes-2023-05-01_to_2023-06-30-exported-/,
    );
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    expect(rows[0]!.slice(0, 6)).toEqual(["Tracking code", "Submitted", "Kind", "Category", "Channel", "State"]);
    expect(rows.length).toBeGreaterThan(1);
    // No enum name leaks through: every state is an English label.
    expect(rows.slice(1).filter((r) => /^[A-Z_]+$/.test(r[5]!))).toEqual([]);
    expect(rows.slice(1).some((r) => r[5] === "Settled")).toBe(true);
  });
});
