import { describe, expect, it } from "vitest";
import { unitReminderKind } from "@/lib/referrals/remind-units";
import { addWorkingDays, workingMsBetween, workingShareElapsed } from "@/lib/time/working-days";

describe("when a unit is reminded (催办)", () => {
  const sent = new Date("2026-02-09T09:00:00+08:00");
  const due = new Date("2026-02-13T23:59:59+08:00");
  const at = (share: number) => new Date(sent.getTime() + share * (due.getTime() - sent.getTime()));

  it("says nothing before 75 % of the time has gone", () => {
    expect(unitReminderKind(sent, due, at(0))).toBeNull();
    expect(unitReminderKind(sent, due, at(0.74))).toBeNull();
  });

  it("reminds from 75 % on, and says overdue once the due date has passed", () => {
    expect(unitReminderKind(sent, due, at(0.75))).toBe("UNIT_REMINDER");
    expect(unitReminderKind(sent, due, at(1))).toBe("UNIT_REMINDER");
    expect(unitReminderKind(sent, due, new Date(due.getTime() + 1))).toBe("UNIT_OVERDUE");
  });
});

describe("the 75 % mark counts working time only", () => {
  // Friday 13 February 2026, five working days: the 调休 Saturday (14th), then,
  // after the Spring Festival (15th–23rd), the 24th to the 27th.
  const sent = new Date("2026-02-13T09:00:00+08:00");
  const due = addWorkingDays(sent, 5);

  it("is due at the end of the 27th", () => {
    expect(due.toISOString()).toBe("2026-02-27T15:59:59.999Z");
  });

  it("does not remind while the holiday stands the clock still", () => {
    // By the calendar, 75 % had gone by the morning of the 24th.
    expect(unitReminderKind(sent, due, new Date("2026-02-24T12:00:00+08:00"))).toBeNull();
    expect(workingShareElapsed(sent, due, new Date("2026-02-20T12:00:00+08:00"))).toBeCloseTo(39 / 135, 5);
  });

  it("reminds once 75 % of the working time has gone: 101¼ of 135 working hours", () => {
    expect(unitReminderKind(sent, due, new Date("2026-02-26T14:00:00+08:00"))).toBeNull();
    expect(unitReminderKind(sent, due, new Date("2026-02-26T14:15:00+08:00"))).toBe("UNIT_REMINDER");
  });

  it("counts nothing for a span of holidays", () => {
    const eve = new Date("2026-02-16T00:00:00+08:00");
    expect(workingMsBetween(eve, new Date("2026-02-23T00:00:00+08:00"))).toBe(0);
  });
});
