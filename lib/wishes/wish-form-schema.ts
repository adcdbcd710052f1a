// The micro-wish form's one schema, shared by the browser (validation as you
// type, through Conform) and the Server Action. Field names are a public contract
// (QR posters link to ?marketDay=…&stall=…). Messages are i18n keys under
// "wishForm.errors", never English text.
import { z } from "zod";

export const wishKinds = ["wish", "opinion", "assistance", "service"] as const;
export const wishCategories = [
  "environment-property",
  "elderly-care",
  "children",
  "health",
  "legal",
  "employment",
  "activities-culture",
  "safety",
  "other",
] as const;
export const mobilityAids = ["wheelchair", "stair_climber", "escort"] as const;

export type WishKindValue = (typeof wishKinds)[number];
export type WishCategoryValue = (typeof wishCategories)[number];
export type MobilityAidValue = (typeof mobilityAids)[number];

export const LIMITS = {
  contentMin: 5,
  contentMax: 1000,
  name: 30,
  building: 40,
  pickupAddress: 100,
  marketDay: 100,
} as const;

/** 138 1234 5678, 138-1234-5678, +86 13812345678, 0086… → 13812345678. */
export function normalizePhone(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\s\-()]/g, "")
    .replace(/^(\+?86|0086)(?=1\d{10}$)/, "");
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** An 11-digit mainland mobile number, after normalizePhone. */
export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-12-01T09:30" as a datetime-local input sends it, and a real calendar
 * time: the regex alone lets "2026-02-31T25:99" through, which would become an
 * Invalid Date and fail the insert instead of showing a message.
 */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    year >= 2000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  );
}

const optionalText = (max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() || undefined : v),
    z.string().max(max, { message: `${key}.tooLong` }).optional(),
  );

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Reads a field of a possibly invalid object in the cross-field rules below. */
function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

export const wishFormSchema = z
  .object({
    kind: z.enum(wishKinds, { message: "kind.required" }),
    category: z.enum(wishCategories, { message: "category.required" }),
    content: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      z
        .string({ message: "content.required" })
        .min(LIMITS.contentMin, { message: "content.tooShort" })
        .max(LIMITS.contentMax, { message: "content.tooLong" }),
    ),
    name: optionalText(LIMITS.name, "name"),
    phone: z.preprocess(
      (v) => (typeof v === "string" ? normalizePhone(v) || undefined : v),
      z.string().regex(MAINLAND_MOBILE, { message: "phone.invalid" }).optional(),
    ),
    building: optionalText(LIMITS.building, "building"),
    anonymous: checkbox,
    consent: checkbox,
    public: checkbox,
    // Hidden fields pre-filled from a QR link. A stale or mangled link must never
    // stop the resident with an error on a field they can neither see nor fix:
    // a bad value is dropped, as submitWish drops places that do not resolve.
    marketDay: optionalText(LIMITS.marketDay, "marketDay").catch(undefined),
    stall: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ message: "stall.invalid" }).optional()).catch(undefined),
    idempotencyKey: z.uuid({ message: "form.expired" }),
    // Honeypot: invisible to people, filled in by naive bots.
    website: z.preprocess((v) => (v === "" ? undefined : v), z.undefined({ message: "form.rejected" }).optional()),
    // Assistance requests (出行协助) only.
    neededAt: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string({ message: "neededAt.invalid" }).refine(isLocalDateTime, { message: "neededAt.invalid" }).optional(),
    ),
    mobility: z.preprocess(
      // Checkboxes send one value per ticked box; a repeated value is the same aid.
      (v) => [...new Set(v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v])],
      z.array(z.enum(mobilityAids, { message: "mobility.invalid" })).max(mobilityAids.length, { message: "mobility.invalid" }),
    ),
    pickupAddress: optionalText(LIMITS.pickupAddress, "pickupAddress"),
  })
  .superRefine(
    (value, ctx) => {
      const kind = field(value, "kind");
      const mobility = field(value, "mobility");
      if (kind === "assistance") {
        if (!field(value, "neededAt")) ctx.addIssue({ code: "custom", path: ["neededAt"], message: "neededAt.required" });
        if (!Array.isArray(mobility) || mobility.length === 0) {
          ctx.addIssue({ code: "custom", path: ["mobility"], message: "mobility.required" });
        }
      }
      // The pickup address is only kept for assistance requests (submitWish), so
      // with JavaScript off, where that fieldset is always shown, a stray address
      // on another kind of wish asks for no consent.
      const givesPersonalData = Boolean(
        field(value, "name") ||
          field(value, "phone") ||
          field(value, "building") ||
          (kind === "assistance" && field(value, "pickupAddress")),
      );
      // PIPL: personal data only with consent. An anonymous wish keeps none, so needs none.
      if (givesPersonalData && field(value, "anonymous") !== true && field(value, "consent") !== true) {
        ctx.addIssue({ code: "custom", path: ["consent"], message: "consent.required" });
      }
    },
    // Run even when other fields are invalid, so the resident sees every problem
    // at once instead of fixing one, submitting, and meeting the next.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type WishFormInput = z.input<typeof wishFormSchema>;
export type WishFormValues = z.output<typeof wishFormSchema>;
