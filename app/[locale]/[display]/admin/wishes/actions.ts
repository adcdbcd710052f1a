"use server";

// The wish pages' Server Actions, made with the shared staff wrapper: session →
// permission (with the named wish's community) → parse → service → state. The
// wish page's triage forms share ONE action, described per action in
// lib/wishes/triage-forms.ts. Phone numbers and contact details never reach a
// URL or a log: they travel in request and response bodies only.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requestIpKey } from "@/lib/auth/request-ip";
import { textOf, type FormInput } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { localePath } from "@/lib/i18n/paths";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { lookUpPhone, PHONE_LOOKUP_COOKIE, PHONE_LOOKUP_SECONDS } from "@/lib/wishes/find-by-phone";
import { revealContact, type RevealedContact } from "@/lib/wishes/reveal-contact";
import { findWishCommunity } from "@/lib/wishes/staff-wish-query";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { triageInputSchema, triageText, type TriageFormAction } from "@/lib/wishes/triage-forms";
import {
  enterOnSiteSchema,
  phoneLookupSchema,
  revealContactSchema,
  TRIAGE_MESSAGES,
} from "@/lib/wishes/triage-schemas";

const namedWish = (input: FormInput) => findWishCommunity(textOf(input, "wishId"));

/** Every form of the wish page: the hidden "wishAction" field says which. */
export const triageWishAction = staffAction({
  name: "triage wish",
  permission: "wish.triage",
  record: namedWish,
  schema: triageInputSchema,
  messages: TRIAGE_MESSAGES,
  run: async (actor, input) => {
    await input.run(actor);
    return input.action;
  },
  done: (action: TriageFormAction) => ({ status: "ok", message: triageText(action).done, data: { action } }),
  refreshPage: true,
});

/** The decrypted contact travels in this response only: never a URL, never a cache. */
export const revealContactAction = staffAction({
  name: "reveal contact",
  permission: "wish.revealContact",
  record: namedWish,
  schema: revealContactSchema,
  messages: TRIAGE_MESSAGES,
  run: async (actor, { wishId }) => revealContact(actor, wishId, { ipKey: await requestIpKey() }),
  done: (contact: RevealedContact) => ({ status: "ok", message: "adminWishes.reveal.shown", data: contact }),
});

/** On-site entry at a stall. What was typed (contact details included) goes back only into its own form. */
export const enterWishOnSiteAction = staffAction({
  name: "enter wish on site",
  permission: "wish.create",
  schema: enterOnSiteSchema,
  messages: TRIAGE_MESSAGES,
  run: (actor, values) => enterWishOnSite(actor, values),
  done: (entered, { values }) => ({
    status: "ok",
    message: entered.settled ? "adminWishes.done.enteredSettled" : "adminWishes.done.entered",
    data: { id: entered.id, code: formatTrackingCode(entered.trackingCode) },
    // The next resident is usually at the same stall.
    values: { marketDayId: values.marketDayId ?? "", stallId: values.stallId ?? "" },
  }),
  // A fresh idempotency key for the next resident.
  refreshPage: true,
});

/**
 * "Find by phone": the number arrives in the POST body, its keyed hash goes into
 * a short-lived cookie, and the inbox lists the matching wishes (?phone=1). A
 * malformed number sends the inbox to ?phone=invalid, which shows why. Both are
 * redirects, so the lookup works the same without JavaScript; the number itself
 * reaches no URL and is not echoed back into the page.
 */
export const findByPhoneAction = staffAction({
  name: "find by phone",
  permission: "wish.view",
  schema: phoneLookupSchema,
  messages: TRIAGE_MESSAGES,
  run: async (actor, { phone }) => {
    const result = await lookUpPhone(actor, phone, { ipKey: await requestIpKey() });
    if (!result.ok) return false;
    // Set here, not in done: cookies() is asynchronous and done is not.
    (await cookies()).set(PHONE_LOOKUP_COOKIE, result.hash, {
      httpOnly: true,
      sameSite: "strict",
      secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
      path: "/",
      maxAge: PHONE_LOOKUP_SECONDS,
    });
    return true;
  },
  done: (found, { locale }) => redirect(localePath(locale, `/admin/wishes?phone=${found ? "1" : "invalid"}`)),
});
