// The follow-up call form (回访): one choice, the resident's rating 1–5 or "could
// not reach", and an optional note. Pure, so the form can read the limits.
// Messages are keys under "adminFollowUp".
import { z } from "zod";

export const FOLLOW_UP_MESSAGES = "adminFollowUp";

/**
 * Unreached calls after which a wish leaves the queue: three tries on different
 * days is what a caller can reasonably do; the wish stays settled, and the
 * resident can still rate it from the tracking page.
 */
export const FOLLOW_UP_MAX_ATTEMPTS = 3;

export const FOLLOW_UP_NOTE_MAX = 500;

export const FOLLOW_UP_OUTCOMES = ["5", "4", "3", "2", "1", "unreached"] as const;

const optionalNote = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
  z.string().max(FOLLOW_UP_NOTE_MAX, { message: "errors.tooLong" }).optional(),
);

export const recordFollowUpSchema = z.object({
  wishId: z.uuid({ message: "errors.notFound" }),
  expectedVersion: z.coerce.number().int().min(0),
  outcome: z.enum(FOLLOW_UP_OUTCOMES, { message: "errors.outcomeRequired" }),
  note: optionalNote,
});

export type RecordFollowUpInput = z.output<typeof recordFollowUpSchema>;
