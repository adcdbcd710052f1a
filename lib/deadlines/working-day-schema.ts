// The calendar form (内容管理 → 节假日安排): one day, whether it is a holiday or a
// make-up workday, and its name as the schedule gives it. Keys under
// adminContent.errors.
import { z } from "zod";

/** "2027-01-01" and a day that exists (not "2027-02-30"). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const workingDaySchema = z.object(
  {
    day: z.string({ message: "required" }).refine(isCalendarDay, { message: "invalidDate" }),
    working: z.enum(["holiday", "workday"], { message: "required" }).transform((v) => v === "workday"),
    name: z.string({ message: "required" }).trim().min(1, { message: "required" }).max(40, { message: "tooLong" }),
  },
  { message: "invalid" },
);

export type WorkingDayValues = z.output<typeof workingDaySchema>;

export const workingDayIdSchema = z.object(
  { day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalid" }) },
  { message: "invalid" },
);
