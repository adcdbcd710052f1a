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
import { correctContactSchema, eraseContactSchema, moderateWallSchema } from "@/lib/wishes/contact-request-schemas";
import { correctContact } from "@/lib/wishes/correct-contact";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { eraseContact } from "@/lib/wishes/erase-contact";
import { PHONE_LOOKUP_COOKIE, PHONE_LOOKUP_SECONDS } from "@/lib/wishes/find-by-phone";
import { inboxSearchSchema, searchInbox, type InboxSearchResult } from "@/lib/wishes/inbox-search";
import { moderateWall } from "@/lib/wishes/moderate-wall";
import { revealContact, type RevealedContact } from "@/lib/wishes/reveal-contact";
import { findWishCommunity } from "@/lib/wishes/staff-wish-query";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { triageInputSchema, triageText, type TriageFormAction } from "@/lib/wishes/triage-forms";
import { enterOnSiteSchema, revealContactSchema, TRIAGE_MESSAGES } from "@/lib/wishes/triage-schemas";

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

/**
 * PIPL: the resident asked for a correction. The new details are typed into this
 * form only; after success they are not sent back (the page shows the masked phone).
 */
export const correctContactAction = staffAction({
  name: "correct contact",
  permission: "wish.editContact",
  record: namedWish,
  schema: correctContactSchema,
  messages: TRIAGE_MESSAGES,
  run: (actor, input) => correctContact(actor, input),
  done: () => ({ status: "ok", message: "adminWishes.privacy.corrected", values: {} }),
  refreshPage: true,
});

/** PIPL: the resident asked for erasure; the form's checkbox is the confirmation. */
export const eraseContactAction = staffAction({
  name: "erase contact",
  permission: "wish.editContact",
  record: namedWish,
  schema: eraseContactSchema,
  messages: TRIAGE_MESSAGES,
  run: (actor, input) => eraseContact(actor, input),
  done: () => ({ status: "ok", message: "adminWishes.privacy.erased", values: {} }),
  refreshPage: true,
});

/** The public wall's review: approve, hide, or approve a redacted text. */
export const moderateWallAction = staffAction({
  name: "moderate wall",
  permission: "wall.moderate",
  record: namedWish,
  schema: moderateWallSchema,
  messages: TRIAGE_MESSAGES,
  run: (actor, input) => moderateWall(actor, input),
  done: (wallStatus) => ({ status: "ok", message: `adminWishes.wall.done.${wallStatus}` }),
  refreshPage: true,
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
 * The inbox's one search box: a code, a phone or words (lib/wishes/inbox-search.ts).
 * Every outcome is a redirect, so it works the same without JavaScript: a code
 * opens its wish, a phone lists its wishes (?phone=1, the keyed hash in a
 * short-lived cookie), words go into ?q=. Neither a code nor a phone reaches a URL.
 */
export const searchInboxAction = staffAction({
  name: "search inbox",
  permission: "wish.view",
  schema: inboxSearchSchema,
  messages: TRIAGE_MESSAGES,
  run: async (actor, input) => {
    const result = await searchInbox(actor, input, { ipKey: await requestIpKey() });
    if (result.kind === "phone") {
      // Set here, not in done: cookies() is asynchronous and done is not.
      (await cookies()).set(PHONE_LOOKUP_COOKIE, result.hash, {
        httpOnly: true,
        sameSite: "strict",
        secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
        path: "/",
        maxAge: PHONE_LOOKUP_SECONDS,
      });
    }
    return result;
  },
  done: (result: InboxSearchResult, { locale }) => redirect(localePath(locale, searchTarget(result))),
});

function searchTarget(result: InboxSearchResult): string {
  switch (result.kind) {
    case "wish":
      return `/admin/wishes/${result.id}`;
    case "codeNotFound":
      return "/admin/wishes?code=none";
    case "phone":
      return "/admin/wishes?phone=1";
    case "phoneInvalid":
      return "/admin/wishes?phone=invalid";
    case "words":
      return result.query ? `/admin/wishes?${result.query}` : "/admin/wishes";
  }
}
