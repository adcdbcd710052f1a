// The staff forms of one wish, one zod schema each, shared by the forms (limits,
// field names) and the Server Actions (parsing). Messages are keys under
// "adminWishes" (e.g. "errors.required"), never English text. Pure: no I/O.
import { z } from "zod";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";

export const TRIAGE_LIMITS = {
  reply: 2000,
  note: 2000,
  department: 100,
  outcome: 2000,
  topic: 200,
  code: 40,
} as const;

/** One state for every staff form: typed text comes back in `values` on every error. */
export interface TriageState {
  status: "idle" | "ok" | "error";
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  values?: Record<string, string>;
  /** Key of the success message ("done.SETTLE"…). */
  message?: string;
  /** On-site entry: the new wish's id and formatted tracking code. */
  created?: { id: string; code: string };
}

export const initialTriageState: TriageState = { status: "idle" };

const text = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, { message: "errors.required" }).max(max, { message: "errors.tooLong" }),
  );
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
    z.string().max(max, { message: "errors.tooLong" }).optional(),
  );
const optionalUuid = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid({ message: "errors.invalid" }).optional());

const base = {
  wishId: z.uuid({ message: "errors.invalid" }),
  expectedVersion: z.coerce.number({ message: "errors.invalid" }).int({ message: "errors.invalid" }).min(0, { message: "errors.invalid" }),
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-01" from a date input → the end of that day in Shenzhen; null when not a calendar date. */
export function shanghaiEndOfDay(value: string): Date | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (y < 2000 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(`${value}T23:59:59.999+08:00`);
}

export const handleOnSiteSchema = z.object({
  ...base,
  publicReply: text(TRIAGE_LIMITS.reply),
  internalNote: optionalText(TRIAGE_LIMITS.note),
});

export const settleSchema = handleOnSiteSchema;

export const referSchema = z
  .object({
    ...base,
    referralOrgId: optionalUuid,
    referralDepartment: optionalText(TRIAGE_LIMITS.department),
    referralDueAt: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .min(1, { message: "errors.required" })
        .transform((v, ctx) => {
          const date = shanghaiEndOfDay(v);
          if (!date) {
            ctx.addIssue({ code: "custom", message: "errors.invalidDate" });
            return z.NEVER;
          }
          return date;
        }),
    ),
    publicNote: optionalText(TRIAGE_LIMITS.note),
    internalNote: optionalText(TRIAGE_LIMITS.note),
  })
  .superRefine((value, ctx) => {
    if (!value.referralOrgId && !value.referralDepartment) {
      ctx.addIssue({ code: "custom", path: ["referralOrgId"], message: "errors.referralTarget" });
    }
    // The object rules also run when a field failed: only a parsed date can be late.
    if (value.referralDueAt instanceof Date && value.referralDueAt < new Date()) ctx.addIssue({ code: "custom", path: ["referralDueAt"], message: "errors.dueInPast" });
  });

export const recordOutcomeSchema = z.object({
  ...base,
  referralOutcome: text(TRIAGE_LIMITS.outcome),
  internalNote: optionalText(TRIAGE_LIMITS.note),
});

/** "new" in councilItemId: create an item on `meetingId` with `topic`. */
export const NEW_COUNCIL_ITEM = "new";

/**
 * An existing item, or a new one: "new" (or no item) with a meeting and a topic.
 * The result always says which, so the action needs no second guess.
 */
export const escalateSchema = z
  .object({
    ...base,
    councilItemId: z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.union([z.literal(NEW_COUNCIL_ITEM), z.uuid()], { message: "errors.councilTarget" }).optional()),
    meetingId: optionalUuid,
    topic: optionalText(TRIAGE_LIMITS.topic),
    publicNote: optionalText(TRIAGE_LIMITS.note),
    internalNote: optionalText(TRIAGE_LIMITS.note),
  })
  .superRefine((value, ctx) => {
    if (value.councilItemId && value.councilItemId !== NEW_COUNCIL_ITEM) return;
    if (!value.councilItemId && !value.meetingId && !value.topic) {
      ctx.addIssue({ code: "custom", path: ["councilItemId"], message: "errors.councilTarget" });
      return;
    }
    if (!value.meetingId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "errors.required" });
    if (!value.topic) ctx.addIssue({ code: "custom", path: ["topic"], message: "errors.required" });
  });

export const reopenSchema = z.object({
  ...base,
  internalNote: text(TRIAGE_LIMITS.note),
  publicNote: optionalText(TRIAGE_LIMITS.note),
});

export const markDuplicateSchema = z.object({
  ...base,
  originalCode: text(TRIAGE_LIMITS.code),
  internalNote: optionalText(TRIAGE_LIMITS.note),
});

export const addNoteSchema = z.object({
  ...base,
  internalNote: text(TRIAGE_LIMITS.note),
  publicNote: optionalText(TRIAGE_LIMITS.note),
});

export const revealContactSchema = z.object({ wishId: base.wishId });

export const ON_SITE_CONTENT = { min: 2, max: 1000 } as const;

/** On-site entry (/admin/wishes/new): one screen at a stall. */
export const enterOnSiteSchema = z
  .object({
    kind: z.enum(WishKind, { message: "errors.required" }),
    category: z.enum(WishCategory, { message: "errors.required" }),
    content: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z
        .string()
        .min(1, { message: "errors.required" })
        .min(ON_SITE_CONTENT.min, { message: "errors.tooShort" })
        .max(ON_SITE_CONTENT.max, { message: "errors.tooLong" }),
    ),
    marketDayId: optionalUuid,
    stallId: optionalUuid,
    name: optionalText(30),
    phone: z.preprocess(
      (v) => (typeof v === "string" ? v.normalize("NFKC").replace(/[\s\-()]/g, "").replace(/^(\+?86|0086)(?=1\d{10}$)/, "") || undefined : undefined),
      z.string().regex(/^1[3-9]\d{9}$/, { message: "errors.phone" }).optional(),
    ),
    consent: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    publicReply: optionalText(TRIAGE_LIMITS.reply),
    idempotencyKey: z.uuid({ message: "errors.expired" }),
  })
  .superRefine((value, ctx) => {
    // Contact details only with the resident's spoken consent, ticked by staff.
    if ((value.name || value.phone) && !value.consent) ctx.addIssue({ code: "custom", path: ["consent"], message: "errors.consent" });
  });

export type EnterOnSiteValues = z.infer<typeof enterOnSiteSchema>;

/** zod issues → { field: [key…] } for TriageState.fieldErrors. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (out[field] ??= []).push(issue.message);
  }
  return out;
}
