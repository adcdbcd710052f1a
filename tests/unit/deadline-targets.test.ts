import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS, firstReplyDue, isWorkingDayDate, unitAnswerDue } from "@/lib/deadlines/deadline-targets";
import { shanghaiDay } from "@/lib/time/shanghai";

const sz = (s: string) => new Date(`${s}+08:00`);

describe("deadlines in working days", () => {
  it("replaces the 48-hour rule: a wish on the eve of the Spring Festival is due after the holiday", () => {
    // Friday 13 Feb 2026, evening; 14 Feb is a 调休 Saturday (a working day).
    expect(shanghaiDay(firstReplyDue(sz("2026-02-13T20:00:00")))).toBe("2026-02-14");
    // Saturday 14 Feb: the next working day is after the holiday (15–23 Feb).
    expect(shanghaiDay(firstReplyDue(sz("2026-02-14T10:00:00")))).toBe("2026-02-24");
  });

  it("gives a referral five working days, skipping National Day", () => {
    // Monday 28 Sep 2026: 29, 30 Sep, then the holiday (1–7 Oct), then 9, 10 Oct (10th a 调休 Saturday).
    expect(DEFAULT_TARGETS.unitAnswerDays).toBe(5);
    const due = unitAnswerDue(sz("2026-09-28T10:00:00"));
    expect(isWorkingDayDate(due)).toBe(true);
    expect(shanghaiDay(due) > "2026-10-07").toBe(true);
  });

  it("never sets a due date on a day off, and a later start never gives an earlier due date", () => {
    const dates = fc.date({ min: new Date("2025-01-01"), max: new Date("2026-11-30"), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 30 * 86_400_000 }), (start, later) => {
        const a = unitAnswerDue(start);
        const b = unitAnswerDue(new Date(start.getTime() + later));
        expect(isWorkingDayDate(a)).toBe(true);
        expect(isWorkingDayDate(firstReplyDue(start))).toBe(true);
        expect(b.getTime()).toBeGreaterThanOrEqual(a.getTime());
      }),
    );
  });
});
