import { afterEach, describe, expect, it } from "vitest";
import {
  addWorkingDays,
  bundledYear,
  enteredDays,
  isWorkingDay,
  knownYear,
  setWorkingDayOverrides,
} from "@/lib/time/working-days";
import { workingDaySchema } from "@/lib/deadlines/working-day-schema";

afterEach(() => setWorkingDayOverrides([]));

describe("admin-entered days of the holiday schedule", () => {
  it("win over the bundled calendar, both ways", () => {
    // A Thursday the bundled data calls a workday; a Sunday it calls a rest day.
    expect(isWorkingDay("2099-10-01")).toBe(true);
    expect(isWorkingDay("2099-10-04")).toBe(false);
    setWorkingDayOverrides([
      ["2099-10-01", false],
      ["2099-10-04", true],
    ]);
    expect(isWorkingDay("2099-10-01")).toBe(false);
    expect(isWorkingDay("2099-10-04")).toBe(true);
  });

  it("move a deadline past an entered holiday, and make a year known", () => {
    // Wednesday 2099-09-30, one working day: Thursday, unless it is a holiday.
    const start = new Date("2099-09-30T02:00:00Z");
    expect(addWorkingDays(start, 1).toISOString()).toBe("2099-10-01T15:59:59.999Z");
    expect(knownYear(2099)).toBe(false);
    setWorkingDayOverrides([
      ["2099-10-01", false],
      ["2099-10-02", false],
    ]);
    expect(addWorkingDays(start, 1).toISOString()).toBe("2099-10-05T15:59:59.999Z");
    expect(knownYear(2099)).toBe(true);
    // Entered, not bundled: the calendar page asks the admin to check it is complete.
    expect(bundledYear(2099)).toBe(false);
    expect(enteredDays(2099)).toBe(2);
    expect(bundledYear(2026)).toBe(true);
  });
});

describe("the holiday-schedule form", () => {
  it("takes a real date, holiday or workday, and a name", () => {
    expect(workingDaySchema.parse({ day: "2027-01-01", working: "holiday", name: " 元旦 " })).toEqual({
      day: "2027-01-01",
      working: false,
      name: "元旦",
    });
    const issues = (input: Record<string, string>) =>
      workingDaySchema
        .safeParse({ day: "2027-01-01", working: "workday", name: "调休", ...input })
        .error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ day: "2027-02-30" })).toEqual(["day:invalidDate"]);
    expect(issues({ day: "01/01/2027" })).toEqual(["day:invalidDate"]);
    expect(issues({ working: "maybe" })).toEqual(["working:required"]);
    expect(issues({ name: "" })).toEqual(["name:required"]);
  });
});
