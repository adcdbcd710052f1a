// The unit's forms (issue 14), one schema shared by the page and the actions:
// which step, the version the page was read at, and the step's own fields.
// Error messages are keys under referrals.errors.
import { z } from "zod";
import { isWorkingDayDate } from "@/lib/deadlines/deadline-targets";
import { shanghaiEndOfDay } from "@/lib/time/shanghai";
import { UNIT_STEPS } from "./referral-steps";
import { UNIT_LIMITS } from "./unit-limits";

/** An extension asks for at most this many calendar days beyond today. */
const EXTENSION_MAX_DAYS = 90;

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const required = (max: number) =>
  z.preprocess(
    trimmed,
    z.string({ message: "required" }).min(1, { message: "required" }).max(max, { message: "tooLong" }),
  );
const optional = (max: number) =>
  z.preprocess(
    (v) => (trimmed(v) === "" ? undefined : trimmed(v)),
    z.string().max(max, { message: "tooLong" }).optional(),
  );

const extensionDate = z.preprocess(
  trimmed,
  z
    .string({ message: "required" })
    .min(1, { message: "required" })
    .transform((value, ctx) => {
      const date = shanghaiEndOfDay(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      const now = Date.now();
      if (date.getTime() < now) ctx.addIssue({ code: "custom", message: "dateInPast" });
      else if (date.getTime() > now + EXTENSION_MAX_DAYS * 86_400_000)
        ctx.addIssue({ code: "custom", message: "dateTooFar" });
      else if (!isWorkingDayDate(date)) ctx.addIssue({ code: "custom", message: "notWorkingDay" });
      return date;
    }),
);

const version = { expectedVersion: z.coerce.number().int().min(0) };

export const unitStepSchema = z.discriminatedUnion(
  "step",
  [
    z.object({ step: z.literal("ACCEPT_REFERRAL"), ...version }),
    z.object({
      step: z.literal("ANSWER_REFERRAL"),
      ...version,
      publicReply: required(UNIT_LIMITS.reply),
      internalNote: optional(UNIT_LIMITS.note),
    }),
    z.object({
      step: z.literal("REQUEST_EXTENSION"),
      ...version,
      extensionUntil: extensionDate,
      internalNote: required(UNIT_LIMITS.note),
    }),
    z.object({ step: z.literal("RETURN_REFERRAL"), ...version, internalNote: required(UNIT_LIMITS.note) }),
  ],
  { message: "unknownStep" },
);
export type UnitStepForm = z.output<typeof unitStepSchema>;

// Every step of the table has a form here, and nothing else.
UNIT_STEPS satisfies readonly UnitStepForm["step"][];

/** The service's input from a parsed form. */
export function unitStepFields(form: UnitStepForm) {
  const { step, expectedVersion, ...fields } = form;
  return { step, expectedVersion, fields };
}
