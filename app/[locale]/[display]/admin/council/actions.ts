"use server";

// Council Server Actions: parse, check the actor, call the service, return the
// form's state. The services check the record's community again.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { assertCan } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/uuid";
import { createMeeting } from "@/lib/council/create-meeting";
import { updateMeeting } from "@/lib/council/update-meeting";
import { createCouncilItem } from "@/lib/council/create-council-item";
import { recordCouncilDecision } from "@/lib/council/record-council-decision";
import { decisionSchema, itemSchema, meetingSchema } from "@/lib/council/meeting-schema";
import { councilErrorState } from "@/lib/council/council-action-errors";
import { invalidCouncilState, type CouncilFormState } from "@/lib/council/council-form-state";
import { formStrings } from "@/lib/forms/form-strings";

function meetingPath(locale: string | undefined, id: string): string {
  return `${locale === "en" ? "/en" : ""}/admin/council/${id}?created=1`;
}

export async function createMeetingAction(_previous: CouncilFormState, form: FormData): Promise<CouncilFormState> {
  const values = formStrings(form);
  let id: string;
  try {
    const actor = await getActor();
    assertCan(actor, "council.manage");
    const parsed = meetingSchema.safeParse(values);
    if (!parsed.success) return invalidCouncilState(values, parsed.error);
    id = (await createMeeting(actor, parsed.data)).id;
  } catch (error) {
    return councilErrorState(error, values);
  }
  // Outside the try: redirect() works by throwing.
  redirect(meetingPath(values.locale, id));
}

export async function updateMeetingAction(_previous: CouncilFormState, form: FormData): Promise<CouncilFormState> {
  const values = formStrings(form);
  try {
    const actor = await getActor();
    assertCan(actor, "council.manage");
    const id = values.meetingId ?? "";
    if (!isUuid(id)) return { status: "error", formError: "errors.notFound", values };
    const parsed = meetingSchema.safeParse(values);
    if (!parsed.success) return invalidCouncilState(values, parsed.error);
    await updateMeeting(actor, id, parsed.data);
    // The page around the form (status, title) shows the saved values.
    refresh();
    return { status: "ok", message: "messages.saved", values };
  } catch (error) {
    return councilErrorState(error, values);
  }
}

export async function addCouncilItemAction(_previous: CouncilFormState, form: FormData): Promise<CouncilFormState> {
  const values = formStrings(form);
  try {
    const actor = await getActor();
    assertCan(actor, "council.manage");
    const id = values.meetingId ?? "";
    if (!isUuid(id)) return { status: "error", formError: "errors.notFound", values };
    const parsed = itemSchema.safeParse(values);
    if (!parsed.success) return invalidCouncilState(values, parsed.error);
    await createCouncilItem(actor, id, parsed.data);
    refresh();
    // A fresh, empty form for the next topic.
    return { status: "ok", message: "messages.itemAdded", values: { meetingId: id } };
  } catch (error) {
    return councilErrorState(error, values);
  }
}

export async function recordCouncilDecisionAction(_previous: CouncilFormState, form: FormData): Promise<CouncilFormState> {
  const values = formStrings(form);
  try {
    const actor = await getActor();
    assertCan(actor, "council.manage");
    const parsed = decisionSchema.safeParse(values);
    if (!parsed.success) return invalidCouncilState(values, parsed.error);
    const result = await recordCouncilDecision(actor, parsed.data);
    refresh();
    return {
      status: "ok",
      message: "messages.decided",
      messageValues: { settled: result.settledWishIds.length, skipped: result.skippedWishIds.length },
      values,
    };
  } catch (error) {
    return councilErrorState(error, values);
  }
}
