// Deadlines in working days (issue 14 §2): weekends and Chinese public holidays
// do not count, the State Council's make-up workdays (调休) do
// (lib/time/working-days.ts). The 48-calendar-hour rule is gone: a wish that
// arrives on the eve of the Spring Festival is not "overdue" during the holiday.
// Every due date the inbox, the reports and the CSV read (Wish.replyDueAt,
// referralDueAt, Referral.dueAt) is set from these targets, so all of them run
// on the same clock.
import { addWorkingDays, isWorkingDay } from "@/lib/time/working-days";
import { shanghaiDay } from "@/lib/time/shanghai";

export interface DeadlineTargets {
  /** First reply to the resident. */
  firstReplyDays: number;
  /** A receiving unit's answer to a referral. */
  unitAnswerDays: number;
  /** Settlement of the wish. */
  settlementDays: number;
}

/** The targets until an admin sets others (the examples: 1, 5 and 15 working days). */
export const DEFAULT_TARGETS: DeadlineTargets = { firstReplyDays: 1, unitAnswerDays: 5, settlementDays: 15 };

/** The first reply is due at the end of the next working day after the wish arrived. */
export function firstReplyDue(arrivedAt: Date, targets: DeadlineTargets = DEFAULT_TARGETS): Date {
  return addWorkingDays(arrivedAt, targets.firstReplyDays);
}

/** The default due date of a referral sent now. */
export function unitAnswerDue(sentAt: Date, targets: DeadlineTargets = DEFAULT_TARGETS): Date {
  return addWorkingDays(sentAt, targets.unitAnswerDays);
}

/** When the wish should be settled. */
export function settlementDue(arrivedAt: Date, targets: DeadlineTargets = DEFAULT_TARGETS): Date {
  return addWorkingDays(arrivedAt, targets.settlementDays);
}

/** A due date staff or a unit chose must fall on a working day (a holiday is nobody's deadline). */
export function isWorkingDayDate(date: Date): boolean {
  return isWorkingDay(shanghaiDay(date));
}
