"use server";

// The wish pages' Server Actions: parse with the shared schema, check the actor,
// call the service, refresh the page. Each returns one TriageState; with
// JavaScript off the page re-renders with it, typed text kept.
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { z } from "zod";
import { assertCan, type Action, type Actor } from "@/lib/auth/permissions";
import { requestIpKey } from "@/lib/auth/request-ip";
import { getActor } from "@/lib/auth/session";
import { AuthorizationError } from "@/lib/auth/permissions";
import { lookUpPhone, PHONE_LOOKUP_COOKIE, PHONE_LOOKUP_SECONDS } from "@/lib/wishes/find-by-phone";
import { addNote } from "@/lib/wishes/add-note";
import { enterWishOnSite } from "@/lib/wishes/enter-wish-on-site";
import { escalateWish } from "@/lib/wishes/escalate-wish";
import { handleOnSite } from "@/lib/wishes/handle-on-site";
import { markDuplicate } from "@/lib/wishes/mark-duplicate";
import { recordReferralOutcome } from "@/lib/wishes/record-referral-outcome";
import { referWish } from "@/lib/wishes/refer-wish";
import { reopenWish } from "@/lib/wishes/reopen-wish";
import { revealContact, type RevealedContact } from "@/lib/wishes/reveal-contact";
import { settleWish } from "@/lib/wishes/settle-wish";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { formStrings } from "@/lib/forms/form-strings";
import { triageActionError } from "@/lib/wishes/triage-action-error";
import {
  addNoteSchema,
  enterOnSiteSchema,
  escalateSchema,
  fieldErrorsOf,
  handleOnSiteSchema,
  markDuplicateSchema,
  NEW_COUNCIL_ITEM,
  recordOutcomeSchema,
  referSchema,
  reopenSchema,
  revealContactSchema,
  settleSchema,
  type TriageState,
} from "@/lib/wishes/triage-schemas";

/** Parse → actor → permission → service → refresh, the same for every form. */
async function run<S extends z.ZodType>(
  form: FormData,
  schema: S,
  permission: Action,
  service: (actor: Actor, data: z.infer<S>) => Promise<unknown>,
  message: string,
): Promise<TriageState> {
  const values = formStrings(form);
  // Who asks comes first: a signed-out or unauthorised request learns nothing,
  // not even which fields it got wrong.
  let actor: Actor | null = null;
  try {
    actor = await getActor();
    assertCan(actor, permission);
  } catch (error) {
    return triageActionError(error, values);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await service(actor, parsed.data);
  } catch (error) {
    return triageActionError(error, values);
  }
  refresh();
  return { status: "ok", message };
}

export async function handleOnSiteAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, handleOnSiteSchema, "wish.triage", (actor, d) => handleOnSite(actor, d), "done.HANDLE_ON_SITE");
}

export async function referWishAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, referSchema, "wish.triage", (actor, d) => referWish(actor, d), "done.REFER");
}

export async function recordReferralOutcomeAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, recordOutcomeSchema, "wish.triage", (actor, d) => recordReferralOutcome(actor, d), "done.RECORD_REFERRAL_OUTCOME");
}

export async function escalateWishAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(
    form,
    escalateSchema,
    "wish.triage",
    (actor, d) =>
      escalateWish(actor, {
        wishId: d.wishId,
        expectedVersion: d.expectedVersion,
        target: d.councilItemId && d.councilItemId !== NEW_COUNCIL_ITEM ? { councilItemId: d.councilItemId } : { meetingId: d.meetingId!, topic: d.topic! },
        publicNote: d.publicNote,
        internalNote: d.internalNote,
      }),
    "done.ESCALATE",
  );
}

export async function settleWishAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, settleSchema, "wish.triage", (actor, d) => settleWish(actor, d), "done.SETTLE");
}

export async function reopenWishAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, reopenSchema, "wish.triage", (actor, d) => reopenWish(actor, d), "done.REOPEN");
}

export async function markDuplicateAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, markDuplicateSchema, "wish.triage", (actor, d) => markDuplicate(actor, d), "done.MARK_DUPLICATE");
}

export async function addNoteAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  return run(form, addNoteSchema, "wish.triage", (actor, d) => addNote(actor, d), "done.ADD_NOTE");
}

export type RevealState = { status: "idle" } | { status: "ok"; contact: RevealedContact } | { status: "error"; formError: string };

/** The decrypted contact travels in this response only: never a URL, never a cache. */
export async function revealContactAction(_previous: RevealState, form: FormData): Promise<RevealState> {
  const parsed = revealContactSchema.safeParse(formStrings(form));
  if (!parsed.success) return { status: "error", formError: "errors.notFound" };
  try {
    const actor = await getActor();
    assertCan(actor, "wish.revealContact");
    return { status: "ok", contact: await revealContact(actor, parsed.data.wishId, { ipKey: await requestIpKey() }) };
  } catch (error) {
    return { status: "error", formError: triageActionError(error).formError ?? "errors.failed" };
  }
}

export async function enterWishOnSiteAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  const values = formStrings(form);
  // `values` (contact details included) go back only into the form they came
  // from, so nothing typed is lost; they are never logged.
  const parsed = enterOnSiteSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const actor = await getActor();
    assertCan(actor, "wish.create");
    const entered = await enterWishOnSite(actor, parsed.data);
    // Re-renders the page with a fresh idempotency key for the next resident.
    refresh();
    return {
      status: "ok",
      message: entered.settled ? "done.enteredSettled" : "done.entered",
      created: { id: entered.id, code: formatTrackingCode(entered.trackingCode) },
    };
  } catch (error) {
    return triageActionError(error, values);
  }
}

/**
 * "Find by phone": the number arrives in a POST body, its keyed hash goes into a
 * short-lived cookie, and the inbox shows the matching wishes (?phone=1). A bad
 * number comes back as ?phone=invalid; the number itself never reaches a URL.
 * Same (previous, form) shape as the other actions; the form binds `previous`.
 */
export async function findByPhoneAction(_previous: unknown, form: FormData): Promise<void> {
  const locale = form.get("locale") === "en" ? "en" : "zh-CN";
  const inbox = locale === "en" ? "/en/admin/wishes" : "/admin/wishes";
  let result;
  try {
    const actor = await getActor();
    assertCan(actor, "wish.view");
    result = await lookUpPhone(actor, String(form.get("phone") ?? ""), { ipKey: await requestIpKey() });
  } catch (error) {
    if (error instanceof AuthorizationError && error.status === 403) forbidden();
    if (error instanceof AuthorizationError) redirect(`${locale === "en" ? "/en" : ""}/admin/sign-in`);
    throw error;
  }
  if (!result.ok) redirect(`${inbox}?phone=invalid`);
  (await cookies()).set(PHONE_LOOKUP_COOKIE, result.hash, {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: PHONE_LOOKUP_SECONDS,
  });
  redirect(`${inbox}?phone=1`);
}
