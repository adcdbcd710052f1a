// The micro-wish form's rules, one copy for the browser (checked as the resident
// types) and the server (wish-form-schema.ts wraps them for the Server Action and
// POST /api/wishes). Plain code on purpose: the form page may ship at most 25 KB
// gzip of JavaScript more than a bare Next page, the site's shell already takes
// 18 of them, and zod would take the rest (classic 31 KB, zod/mini about 10).
//
// Field names are a public contract (QR posters link to ?marketDay=…&stall=…).
// Messages are keys relative to "wishForm.errors"; problems of the whole form
// (a filled honeypot, a missing or mangled idempotency key: fields the resident
// neither sees nor can fix) are filed under "".
import { isMainlandMobile, normalizePhone } from "@/lib/phone";
import { shanghaiLocalInstant } from "@/lib/time/shanghai";

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
/** Whether an escort also brings the resident back: a radio pair, so "not answered" stays apart from "no". */
export const returnTripChoices = ["yes", "no"] as const;

export type WishKindValue = (typeof wishKinds)[number];
export type WishCategoryValue = (typeof wishCategories)[number];
export type MobilityAidValue = (typeof mobilityAids)[number];

export const LIMITS = {
  contentMin: 5,
  contentMax: 1000,
  name: 30,
  building: 40,
  pickupAddress: 100,
  destination: 100,
  marketDay: 100,
  email: 100,
} as const;

/** The fields in the order the page shows them (the error summary follows it). */
export const WISH_FIELDS = [
  "kind",
  "category",
  "content",
  "neededAt",
  "mobility",
  "pickupAddress",
  "destination",
  "returnTrip",
  "name",
  "building",
  "phone",
  "consent",
  "email",
  "messages",
  "anonymous",
] as const;

export interface WishFormValues {
  kind: WishKindValue;
  /** Optional: staff categorise what a resident could not place. */
  category?: WishCategoryValue;
  content: string;
  name?: string;
  phone?: string;
  building?: string;
  /** Optional: replies by email, for residents who prefer it to SMS. */
  email?: string;
  anonymous: boolean;
  consent: boolean;
  /** Consent to messages (SMS, email), separate from keeping the contact data. */
  messages: boolean;
  public: boolean;
  marketDay?: string;
  stall?: string;
  idempotencyKey: string;
  neededAt?: string;
  mobility: MobilityAidValue[];
  pickupAddress?: string;
  destination?: string;
  returnTrip?: boolean;
}

/** Field → message keys; "" is the whole form. */
export type WishFormProblems = Record<string, string[]>;

export type WishFormCheck = { ok: true; value: WishFormValues } | { ok: false; problems: WishFormProblems };

// Deliberately loose: the mail server is the judge; this catches a phone number
// or a name typed into the wrong box.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((choice) => choice === value);
}

/** A checkbox as browsers (and JSON callers) send it. */
const ticked = (value: unknown) => value === true || value === "on" || value === "true";

/** "" and blanks are "not given"; anything but a string is not a text at all (null). */
function optionalText(value: unknown): string | undefined | null {
  if (value === undefined || value === "") return undefined;
  return typeof value === "string" ? value.trim() || undefined : null;
}

/** The start of the minute `now` falls in: "now" picked in a datetime-local input is not in the past. */
const minuteStart = (now: Date) => Math.floor(now.getTime() / 60_000) * 60_000;

/**
 * The wish form as posted (FormData read with readForm, or JSON-ish values) →
 * the values submitWish stores, or every problem at once: a resident fixes them
 * in one go instead of meeting them one submission at a time. Never throws.
 * `now` decides what is in the past (the browser's clock there, the server's here).
 */
export function checkWishForm(input: Record<string, unknown>, now: Date = new Date()): WishFormCheck {
  const problems: WishFormProblems = {};
  const problem = (field: string, key: string) => {
    const list = (problems[field] ??= []);
    if (!list.includes(key)) list.push(key);
  };
  const text = (field: keyof typeof LIMITS & keyof WishFormValues) => {
    const value = optionalText(input[field]);
    if (value === null) problem(field, "invalid");
    else if (value && value.length > LIMITS[field]) problem(field, `${field}.tooLong`);
    return value ?? undefined;
  };

  const kind = oneOf(wishKinds, input.kind);
  if (!kind) problem("kind", "kind.required");
  // Optional for residents (many cannot tell 养老助老 from 健康医疗); a value not
  // on the list is still a mistake, not "no category".
  const category =
    input.category === undefined || input.category === "" ? undefined : oneOf(wishCategories, input.category);
  if (category === undefined && input.category !== undefined && input.category !== "") problem("category", "invalid");

  const content = typeof input.content === "string" ? input.content.trim() : undefined;
  if (content === undefined) problem("content", "content.required");
  else if (content.length < LIMITS.contentMin) problem("content", "content.tooShort");
  else if (content.length > LIMITS.contentMax) problem("content", "content.tooLong");

  const name = text("name");
  const email = text("email");
  if (email && !EMAIL.test(email)) problem("email", "email.invalid");
  const building = text("building");
  const pickupAddress = text("pickupAddress");
  const destination = text("destination");
  const rawPhone = optionalText(input.phone);
  const phone = typeof rawPhone === "string" ? normalizePhone(rawPhone) || undefined : undefined;
  if (rawPhone === null || (phone !== undefined && !isMainlandMobile(phone))) problem("phone", "phone.invalid");

  const neededAt = optionalText(input.neededAt);
  const neededInstant = neededAt ? shanghaiLocalInstant(neededAt) : null;
  if (neededAt === null || (neededAt && !neededInstant)) problem("neededAt", "neededAt.invalid");
  // "yes"/"no" from the form's radios; JSON callers (and the values this returns) may send a boolean.
  const returnTripRaw =
    typeof input.returnTrip === "boolean" ? (input.returnTrip ? "yes" : "no") : optionalText(input.returnTrip);
  const returnTrip = returnTripRaw === undefined ? undefined : oneOf(returnTripChoices, returnTripRaw);
  if (returnTripRaw !== undefined && !returnTrip) problem("returnTrip", "invalid");
  // Checkboxes send one value per ticked box; a repeated value is the same aid.
  const aids =
    input.mobility === undefined || input.mobility === ""
      ? []
      : Array.isArray(input.mobility)
        ? input.mobility
        : [input.mobility];
  const mobility = [...new Set(aids.map((aid) => oneOf(mobilityAids, aid)))];
  if (mobility.includes(undefined)) problem("mobility", "mobility.invalid");
  const anonymous = ticked(input.anonymous);
  const consent = ticked(input.consent);
  const messages = ticked(input.messages);
  if (kind === "assistance") {
    if (!neededAt) problem("neededAt", "neededAt.required");
    // Shenzhen time, to the minute: "now" itself is fine, a past time cannot be helped.
    else if (neededInstant && neededInstant.getTime() < minuteStart(now)) problem("neededAt", "neededAt.past");
    if (aids.length === 0) problem("mobility", "mobility.required");
    // An escort is arranged by phone, with the place to meet and the place to go:
    // without them staff could not act on the request.
    if (!rawPhone) problem("phone", "phone.requiredForAssistance");
    if (anonymous) problem("anonymous", "anonymous.notForAssistance");
    if (mobility.includes("escort")) {
      if (!pickupAddress) problem("pickupAddress", "pickupAddress.requiredForEscort");
      if (!destination) problem("destination", "destination.requiredForEscort");
      if (!returnTripRaw) problem("returnTrip", "returnTrip.requiredForEscort");
    }
  }

  // PIPL: personal data only with consent; an anonymous wish keeps none, so needs
  // none. The pickup address and destination are only kept for assistance
  // requests (submitWish), so with JavaScript off, where that fieldset is always
  // shown, a stray address on another kind of wish asks for no consent.
  const givesPersonalData = Boolean(
    name || rawPhone || email || building || (kind === "assistance" && (pickupAddress || destination)),
  );
  if (givesPersonalData && !anonymous && !consent) problem("consent", "consent.required");
  // Messages need somewhere to go, and an anonymous wish keeps no address.
  if (messages && anonymous) problem("messages", "messages.notAnonymous");
  else if (messages && !rawPhone && !email) problem("messages", "messages.needsContact");

  // Hidden fields. A stale or mangled QR link must never stop the resident with
  // an error they cannot fix: a bad place is dropped, as submitWish drops places
  // that do not resolve.
  const marketDay = optionalText(input.marketDay);
  const stall = typeof input.stall === "string" && UUID.test(input.stall) ? input.stall : undefined;
  const idempotencyKey =
    typeof input.idempotencyKey === "string" && UUID.test(input.idempotencyKey) ? input.idempotencyKey : "";
  if (!idempotencyKey) problem("", "form.expired");
  // Honeypot: invisible to people, filled in by naive bots.
  if (input.website !== undefined && input.website !== "") problem("", "form.rejected");

  if (Object.keys(problems).length > 0 || !kind || content === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      kind,
      category,
      content,
      name,
      phone,
      building,
      email,
      anonymous,
      consent,
      messages,
      public: ticked(input.public),
      marketDay: marketDay && marketDay.length <= LIMITS.marketDay ? marketDay : undefined,
      stall,
      idempotencyKey,
      neededAt: neededAt ?? undefined,
      mobility: mobility.filter((aid) => aid !== undefined),
      pickupAddress,
      destination,
      returnTrip: returnTrip === undefined ? undefined : returnTrip === "yes",
    },
  };
}
