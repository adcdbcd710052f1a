import { describe, expect, it } from "vitest";
import {
  defaultReportScope,
  isCalendarDay,
  isShanghaiDayStart,
  parseReportScope,
  periodBounds,
} from "@/lib/reports/report-scope";
import { shanghaiDay } from "@/lib/time/shanghai";
import { filterDetail, parseExportFilter } from "@/lib/reports/export-filter";

describe("report scope", () => {
  it("prefers a market day, else a valid period, else nothing", () => {
    expect(
      parseReportScope({ marketDay: "2023-05-27-party-member-service-market", from: "2023-01-01", to: "2023-12-31" }),
    ).toEqual({
      kind: "marketDay",
      slug: "2023-05-27-party-member-service-market",
    });
    expect(parseReportScope({ from: "2023-01-01", to: "2023-12-31" })).toEqual({
      kind: "period",
      from: "2023-01-01",
      to: "2023-12-31",
    });
    expect(parseReportScope({ from: "2023-12-31", to: "2023-01-01" })).toEqual({
      kind: "period",
      from: "2023-01-01",
      to: "2023-12-31",
    });
    expect(parseReportScope({ from: "2023-02-30", to: "2023-03-01" })).toEqual({ kind: "none" });
    expect(parseReportScope({ marketDay: "<script>" })).toEqual({ kind: "none" });
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-02-29")).toBe(false);
  });

  it("reads periods as whole Shanghai days, the end day included", () => {
    const { start, end } = periodBounds("2023-05-27", "2023-05-27");
    expect(start.toISOString()).toBe("2023-05-26T16:00:00.000Z");
    expect(end.toISOString()).toBe("2023-05-27T16:00:00.000Z");
  });

  it("names the Shanghai day of an instant and knows its midnights, as the roll-up does", () => {
    expect(shanghaiDay(new Date("2023-05-26T15:59:59.999Z"))).toBe("2023-05-26");
    expect(shanghaiDay(new Date("2023-05-26T16:00:00.000Z"))).toBe("2023-05-27");
    const { start, end } = periodBounds("2023-05-01", "2023-05-31");
    expect([isShanghaiDayStart(start), isShanghaiDayStart(end)]).toEqual([true, true]);
    expect([shanghaiDay(start), shanghaiDay(end)]).toEqual(["2023-05-01", "2023-06-01"]);
    expect(isShanghaiDayStart(new Date("2023-05-27T00:00:00.000Z"))).toBe(false);
    expect(isShanghaiDayStart(new Date(start.getTime() + 1))).toBe(false);
  });
});

describe("export filter", () => {
  it("accepts the inbox's forms of every value and drops unknown ones", () => {
    const filter = parseExportFilter(
      new URLSearchParams(
        "state=settled&kind=wish&category=elderly-care&marketDay=01a22680-c3df-7081-8fa7-017458df6cb3&from=2023-05-01&to=nope",
      ),
    );
    expect(filter).toEqual({
      state: "SETTLED",
      kind: "WISH",
      category: "ELDERLY_CARE",
      marketDay: "01a22680-c3df-7081-8fa7-017458df6cb3",
      from: "2023-05-01",
      to: null,
    });
    expect(parseExportFilter({ state: "bogus", category: "ELDERLY_CARE" })).toMatchObject({
      state: null,
      category: "ELDERLY_CARE",
    });
    expect(filterDetail(filter)).toEqual({
      state: "SETTLED",
      kind: "WISH",
      category: "ELDERLY_CARE",
      marketDay: "01a22680-c3df-7081-8fa7-017458df6cb3",
      from: "2023-05-01",
    });
  });
});

describe("defaultReportScope", () => {
  const days = [
    { slug: "2026-12-19-winter", startsAt: new Date("2026-12-19T01:30:00Z") },
    { slug: "2023-05-27-spring", startsAt: new Date("2023-05-27T01:00:00Z") },
  ];
  it("is the latest market day that has begun", () => {
    expect(defaultReportScope(days, new Date("2026-11-29T00:00:00Z"))).toEqual({
      kind: "marketDay",
      slug: "2023-05-27-spring",
    });
    expect(defaultReportScope(days, new Date("2026-12-19T02:00:00Z"))).toEqual({
      kind: "marketDay",
      slug: "2026-12-19-winter",
    });
  });
  it("is none before the first market day", () => {
    expect(defaultReportScope(days, new Date("2020-01-01T00:00:00Z"))).toEqual({ kind: "none" });
    expect(defaultReportScope([], new Date())).toEqual({ kind: "none" });
  });
});
