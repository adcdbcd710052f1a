// Form schemas of the council dashboard. Error messages are keys relative to
// "adminCouncil" (the actions pass that namespace), so the pages show them in
// either language.
import { z } from "zod";
import { CouncilMeetingStatus } from "@/lib/db/generated/enums";
import { shanghaiLocalInstant } from "@/lib/time/shanghai";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const meetingSchema = z.object({
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
export type MeetingInput = z.infer<typeof meetingSchema>;

/** The meeting form on a meeting's own page names the meeting it edits. */
export const meetingUpdateSchema = meetingSchema.extend({ meetingId: z.uuid() });

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
});
export type DecisionInput = z.infer<typeof decisionSchema>;
