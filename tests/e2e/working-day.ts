// A due date the forms accept: deadlines fall on working days (lib/deadlines),
// so the specs pick the n-th working day from today, in Shenzhen.
import { addWorkingDays } from "../../lib/time/working-days";
import { shanghaiDay } from "../../lib/time/shanghai";

export function workingDayIn(days: number): string {
  return shanghaiDay(addWorkingDays(new Date(), days));
}
