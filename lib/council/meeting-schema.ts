// Form schemas of the council dashboard. Error messages are keys relative to
// "adminCouncil" (the actions pass that namespace), so the pages show them in
// either language.
import { z } from "zod";
import { CouncilMeetingStatus } from "@/lib/db/generated/enums";
import { shanghaiEndOfDay, shanghaiLocalInstant } from "@/lib/time/shanghai";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

const meetingFields = z.object({
  title: z.string().trim().min(1, "errors.titleRequired").max(200, "errors.tooLong"),
  titleEn: optionalText(200),
  // <input type="datetime-local"> read as Shanghai wall-clock time, so staff type the time they see.
  scheduledAt: z.string({ error: "errors.dateInvalid" }).transform((v, ctx) => {
    const date = shanghaiLocalInstant(v.trim());
    if (!date) {
      ctx.addIssue({ code: "custom", message: "errors.dateInvalid" });
      return z.NEVER;
    }
    return date;
  }),
  place: z.string().trim().min(1, "errors.placeRequired").max(200, "errors.tooLong"),
  attendees: optionalText(2000),
  minutes: optionalText(20000),
  status: z.enum(CouncilMeetingStatus, { message: "errors.statusInvalid" }).default("PLANNED"),
});

/** A meeting dated in the future has not taken place, so it cannot be marked held. */
function heldOnlyInThePast(meeting: { scheduledAt: Date; status: CouncilMeetingStatus }, ctx: z.RefinementCtx): void {
  if (meeting.status === "HELD" && meeting.scheduledAt.getTime() > Date.now()) {
    ctx.addIssue({ code: "custom", path: ["status"], message: "errors.heldInFuture" });
  }
}

export const meetingSchema = meetingFields.superRefine(heldOnlyInThePast);
export type MeetingInput = z.infer<typeof meetingSchema>;

/** The meeting form on a meeting's own page names the meeting it edits. */
export const meetingUpdateSchema = meetingFields.extend({ meetingId: z.uuid() }).superRefine(heldOnlyInThePast);

export const itemSchema = z.object({
  topic: z.string().trim().min(1, "errors.topicRequired").max(200, "errors.tooLong"),
  topicEn: optionalText(200),
});
export type ItemInput = z.infer<typeof itemSchema>;

export const newItemSchema = itemSchema.extend({ meetingId: z.uuid() });

export const decisionSchema = z.object({
  itemId: z.uuid(),
  decision: z.string().trim().min(1, "errors.decisionRequired").max(4000, "errors.tooLong"),
  decisionEn: optionalText(4000),
  // 落实期限: the day the decided work is due (a date input), kept as the end of
  // that Shanghai day. Today is fine; a day already gone is not a deadline.
  dueOn: z.string({ error: "errors.dueRequired" }).transform((v, ctx) => {
    const value = v.trim();
    const due = value ? shanghaiEndOfDay(value) : null;
    if (!due) {
      ctx.addIssue({ code: "custom", message: value ? "errors.dateInvalid" : "errors.dueRequired" });
      return z.NEVER;
    }
    if (due.getTime() < Date.now()) {
      ctx.addIssue({ code: "custom", message: "errors.dueInPast" });
      return z.NEVER;
    }
    return due;
  }),
});
export type DecisionInput = z.infer<typeof decisionSchema>;
