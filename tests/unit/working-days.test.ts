// Working-day arithmetic across the 2026 Spring Festival and National Day, with
// their 调休 weekend workdays, and properties over two years of dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, knownYear } from "@/lib/time/working-days";
import { shanghaiDay } from "@/lib/time/shanghai";

const sz = (local: string) => new Date(`${local}+08:00`);

describe("working days", () => {
  it("knows the 2026 holidays and make-up workdays", () => {
    expect(isWorkingDay("2026-02-14")).toBe(true); // Saturday, 调休
    for (const day of ["2026-02-15", "2026-02-17", "2026-02-23"]) expect(isWorkingDay(day)).toBe(false);
    expect(isWorkingDay("2026-02-24")).toBe(true);
    expect(isWorkingDay("2026-10-01")).toBe(false);
    expect(isWorkingDay("2026-09-20")).toBe(true); // Sunday, 调休
    expect(isWorkingDay("2026-10-10")).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2026-12-05")).toBe(false); // an ordinary Saturday
    expect(knownYear(2026)).toBe(true);
    // Not yet published when this was pinned: callers can tell plain weekends are all it knows.
    expect(knownYear(2028)).toBe(false);
  });

  it("skips the Spring Festival and counts the 调休 Saturday", () => {
    // Friday 13 Feb 2026 + 1 working day = Saturday 14 Feb (调休), not Monday.
    expect(addWorkingDays(sz("2026-02-13T17:00:00"), 1)).toEqual(sz("2026-02-14T23:59:59.999"));
    // Saturday 14 Feb + 1 = Tuesday 24 Feb, after nine days of holiday.
    expect(addWorkingDays(sz("2026-02-14T10:00:00"), 1)).toEqual(sz("2026-02-24T23:59:59.999"));
    // Across National Day: 30 Sep + 1 = 8 Oct.
    expect(addWorkingDays(sz("2026-09-30T09:00:00"), 1)).toEqual(sz("2026-10-08T23:59:59.999"));
    expect(addWorkingDays(sz("2026-12-04T09:00:00"), 0)).toEqual(sz("2026-12-04T23:59:59.999"));
    expect(() => addWorkingDays(new Date(), -1)).toThrow();
  });

  it("never lands a deadline on a day off, and adding more days never gives an earlier one", () => {
    const dates = fc.date({ min: new Date("2025-01-01"), max: new Date("2026-11-30"), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 10 }), (start, n, more) => {
        const due = addWorkingDays(start, n);
        expect(isWorkingDay(shanghaiDay(due))).toBe(true);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        expect(addWorkingDays(start, n + more).getTime()).toBeGreaterThanOrEqual(due.getTime());
      }),
      { numRuns: 300 },
    );
  });
});
