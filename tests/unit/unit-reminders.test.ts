import { describe, expect, it } from "vitest";
import { unitReminderKind } from "@/lib/referrals/remind-units";

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
