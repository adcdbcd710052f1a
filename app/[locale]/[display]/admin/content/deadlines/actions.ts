"use server";
// 办理时限: an admin sets the working-day targets for a kind and category, or
// removes a row. Thin wrappers: the rules are in lib/deadlines.
import { CONTENT_MESSAGES } from "@/lib/content/content-errors";
import { deadlineTargetCommunity } from "@/lib/deadlines/deadline-target-query";
import { deadlineTargetIdSchema, deadlineTargetSchema } from "@/lib/deadlines/deadline-target-schema";
import { removeDeadlineTarget, setDeadlineTarget } from "@/lib/deadlines/set-deadline-target";
import { textOf } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";

export const setDeadlineTargetAction = staffAction({
  name: "set /admin/content/deadlines",
  permission: "content.manage",
  schema: deadlineTargetSchema,
  messages: CONTENT_MESSAGES,
  run: setDeadlineTarget,
  done: () => ({ status: "ok", message: "adminContent.deadlines.saved" }),
  refreshPage: true,
});

export const removeDeadlineTargetAction = staffAction({
  name: "remove /admin/content/deadlines",
  permission: "content.manage",
  record: (input) => deadlineTargetCommunity(textOf(input, "id")),
  schema: deadlineTargetIdSchema,
  messages: CONTENT_MESSAGES,
  run: (actor, { id }) => removeDeadlineTarget(actor, id),
  done: () => ({ status: "ok", message: "adminContent.deadlines.removed" }),
  refreshPage: true,
});
