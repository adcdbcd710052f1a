// The staff wish forms' fields: each one a zod schema together with how the
// form shows it, so a field's limit, requiredness and kind are written once.
// lib/wishes/triage-forms.ts assembles the wish page's forms from them; the
// on-site entry, contact reveal and phone lookup schemas are here too. Schema
// messages are keys under "adminWishes" ("errors.required"). Pure: no I/O, so
// client components may read the limits.
import { z } from "zod";
import { WishCategory, WishKind } from "@/lib/db/generated/enums";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";
import { shanghaiEndOfDay } from "@/lib/time/shanghai";

/** The namespace every schema message here is relative to. */
export const TRIAGE_MESSAGES = "adminWishes";

export const TRIAGE_LIMITS = {
  reply: 2000,
  note: 2000,
  department: 100,
  outcome: 2000,
  topic: 200,
  code: 40,
  name: 30,
  phone: 20,
} as const;

export const ON_SITE_CONTENT = { min: 2, max: 1000 } as const;

/** Where a select's choices come from: the wish page loads them (getTriageOptions). */
export type TriageChoices = "organizations" | "councilItems" | "meetings" | "categories";

/** How the wish page shows a field; its label is adminWishes.form.<name> (and <name>Hint). */
export interface TriageFieldUi {
  control: "text" | "textarea" | "date" | "select";
  required: boolean;
  hint: boolean;
  maxLength?: number;
  choices?: TriageChoices;
}

export interface TriageField<S extends z.ZodType = z.ZodType> {
  ui: TriageFieldUi;
  schema: S;
}

/**
 * For a rule across fields: run it even when a field failed, so that the form
 * shows every problem at once (zod skips such rules after a failed field). The
 * rules only test fields for presence, which an unparsed value answers as well.
 */
export const WITH_FIELD_ERRORS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const trimmedOrAbsent = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

const requiredText = (max: number) =>
  z.preprocess(trimmed, z.string().min(1, { message: "errors.required" }).max(max, { message: "errors.tooLong" }));
const optionalText = (max: number) =>
  z.preprocess(trimmedOrAbsent, z.string().max(max, { message: "errors.tooLong" }).optional());
const optionalUuid = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.uuid({ message: "errors.invalid" }).optional(),
);

interface TextOptions {
  hint?: boolean;
  /** One line (a name, a code) instead of a textarea. */
  line?: boolean;
}

const textUi = (max: number, required: boolean, options: TextOptions): TriageFieldUi => ({
  control: options.line ? "text" : "textarea",
  required,
  hint: options.hint ?? false,
  maxLength: max,
});

/** Text the action cannot do without (a reply, a reason), trimmed. */
export function requiredTextField(max: number, options: TextOptions = {}) {
  return { ui: textUi(max, true, options), schema: requiredText(max) } satisfies TriageField;
}

/** Text that may stay empty; empty reads as absent. */
export function optionalTextField(max: number, options: TextOptions = {}) {
  return { ui: textUi(max, false, options), schema: optionalText(max) } satisfies TriageField;
}

/** A record chosen from a list; the service checks it belongs to the wish's community. */
export function choiceField(choices: TriageChoices, options: { hint?: boolean } = {}) {
  return {
    ui: { control: "select", required: false, hint: options.hint ?? false, choices },
    schema: optionalUuid,
  } satisfies TriageField;
}

/** A record that must be chosen (a re-route needs its new unit). */
export function requiredChoiceField(choices: TriageChoices) {
  return {
    ui: { control: "select", required: true, hint: false, choices },
    schema: z.preprocess(trimmedOrAbsent, z.uuid({ message: "errors.required" })),
  } satisfies TriageField;
}

/** A wish category (the database's names), required: the form exists to set one. */
export function categoryField() {
  return {
    ui: { control: "select", required: true, hint: false, choices: "categories" },
    schema: z.enum(WishCategory, { message: "errors.required" }),
  } satisfies TriageField;
}

/** "new" in councilItemId: create an item on `meetingId` with `topic`. */
export const NEW_COUNCIL_ITEM = "new";

/** An agenda item, or NEW_COUNCIL_ITEM (the select offers it first). */
export function councilItemField() {
  return {
    ui: { control: "select", required: false, hint: true, choices: "councilItems" },
    schema: z.preprocess(
      trimmedOrAbsent,
      z.union([z.literal(NEW_COUNCIL_ITEM), z.uuid()], { message: "errors.councilTarget" }).optional(),
    ),
  } satisfies TriageField;
}

/** A due date from a date input: the end of that day in Shenzhen, not before now. */
export function dueDateField() {
  return {
    ui: { control: "date", required: true, hint: false },
    schema: z.preprocess(
      trimmed,
      z
        .string()
        .min(1, { message: "errors.required" })
        .transform((value, ctx) => {
          const date = shanghaiEndOfDay(value);
          if (!date) ctx.addIssue({ code: "custom", message: "errors.invalidDate" });
          else if (date < new Date()) ctx.addIssue({ code: "custom", message: "errors.dueInPast" });
          return date ?? z.NEVER;
        }),
    ),
  } satisfies TriageField;
}

/** Contact reveal: the wish alone. */
export const revealContactSchema = z.object({ wishId: z.uuid({ message: "errors.notFound" }) });

/** On-site entry (/admin/wishes/new): one screen at a stall. */
export const enterOnSiteSchema = z
  .object({
    kind: z.enum(WishKind, { message: "errors.required" }),
    category: z.enum(WishCategory, { message: "errors.required" }),
    content: z.preprocess(
      trimmed,
      z
        .string()
        .min(1, { message: "errors.required" })
        .min(ON_SITE_CONTENT.min, { message: "errors.tooShort" })
        .max(ON_SITE_CONTENT.max, { message: "errors.tooLong" }),
    ),
    marketDayId: optionalUuid,
    stallId: optionalUuid,
    name: optionalText(TRIAGE_LIMITS.name),
    phone: z.preprocess(
      (v) => (typeof v === "string" ? normalizePhone(v) || undefined : undefined),
      z.string().refine(isMainlandMobile, { message: "errors.phone" }).optional(),
    ),
    consent: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    /** The resident agreed to be sent SMS about this wish (issue 13): its own consent. */
    messages: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    publicReply: optionalText(TRIAGE_LIMITS.reply),
    idempotencyKey: z.uuid({ message: "errors.expired" }),
  })
  .superRefine((value, ctx) => {
    // Contact details only with the resident's spoken consent, ticked by staff.
    if ((value.name || value.phone) && !value.consent)
      ctx.addIssue({ code: "custom", path: ["consent"], message: "errors.consent" });
    if (value.messages && !value.phone)
      ctx.addIssue({ code: "custom", path: ["messages"], message: "errors.messagesNeedPhone" });
  }, WITH_FIELD_ERRORS);

export type EnterOnSiteValues = z.infer<typeof enterOnSiteSchema>;
