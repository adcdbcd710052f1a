"use server";
// 节假日安排: an admin enters a day of the State Council's holiday schedule for a
// year the bundled calendar does not know yet, or removes one. Thin wrappers:
// the rules are in lib/deadlines.
import { CONTENT_MESSAGES } from "@/lib/content/content-errors";
import { removeWorkingDay, setWorkingDay } from "@/lib/deadlines/set-working-day";
import { workingDayIdSchema, workingDaySchema } from "@/lib/deadlines/working-day-schema";
import type { FormState } from "@/lib/forms/form-state";
import { staffAction } from "@/lib/forms/staff-action";

const said =
  (message: string) =>
  ({ day }: { day: string }): FormState => ({ status: "ok", message, messageValues: { day } });

export const setWorkingDayAction = staffAction({
  name: "set /admin/content/calendar",
  permission: "content.manage",
  schema: workingDaySchema,
  messages: CONTENT_MESSAGES,
  run: setWorkingDay,
  done: said("adminContent.calendar.saved"),
  refreshPage: true,
});

// The schedule is national: there is no community record to check against.
export const removeWorkingDayAction = staffAction({
  name: "remove /admin/content/calendar",
  permission: "content.manage",
  schema: workingDayIdSchema,
  messages: CONTENT_MESSAGES,
  run: (actor, { day }) => removeWorkingDay(actor, day),
  done: said("adminContent.calendar.removed"),
  refreshPage: true,
});
