// Form schemas of the council dashboard. Error messages are i18n keys under
// "adminCouncil" so that the pages can show them in either language.
import { z } from "zod";
import { CouncilMeetingStatus } from "@/lib/db/generated/enums";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

/**
 * "2026-12-01T15:00" from <input type="datetime-local">, read as Asia/Shanghai wall
 * time (UTC+8 all year, no daylight saving), so staff type the time they see.
 */
export function parseShanghaiLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00+08:00`);
  // V8 rolls 30 February over to March: only a value that reads back the same is a date.
  return Number.isNaN(date.getTime()) || toShanghaiLocalInput(date) !== value.trim() ? null : date;
}

/** The reverse, for the edit form's default value. */
export function toShanghaiLocalInput(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

export const meetingSchema = z.object({
  title: z.string().trim().min(1, "errors.titleRequired").max(200, "errors.tooLong"),
  titleEn: optionalText(200),
  scheduledAt: z
    .string()
    .transform((v, ctx) => {
      const date = parseShanghaiLocal(v);
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

export const itemSchema = z.object({
  topic: z.string().trim().min(1, "errors.topicRequired").max(200, "errors.tooLong"),
  topicEn: optionalText(200),
});
export type ItemInput = z.infer<typeof itemSchema>;

export const decisionSchema = z.object({
  itemId: z.uuid({ message: "errors.notFound" }),
  decision: z.string().trim().min(1, "errors.decisionRequired").max(4000, "errors.tooLong"),
  decisionEn: optionalText(4000),
});
export type DecisionInput = z.infer<typeof decisionSchema>;
