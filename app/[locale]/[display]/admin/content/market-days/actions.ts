"use server";

// Market-day Server Actions: parse, check the actor, call the service, return the
// form's state. The services check the record's community again.
import { redirect } from "next/navigation";
import { assertCan } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { adminPath, errorState, invalidState, recordId, resultState } from "@/lib/content/action-state";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { formDataToObject, toFormValues } from "@/lib/content/form-data";
import { cancelMarketDay } from "@/lib/market-days/cancel-market-day";
import { createMarketDay } from "@/lib/market-days/create-market-day";
import { marketDayFormSchema } from "@/lib/market-days/market-day-form-schema";
import { publishMarketDay } from "@/lib/market-days/publish-market-day";
import { updateMarketDay } from "@/lib/market-days/update-market-day";

export async function createMarketDayAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  const input = formDataToObject(form);
  const values = toFormValues(input);
  let createdId: string;
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const parsed = marketDayFormSchema.safeParse(input);
    if (!parsed.success) return invalidState(values, parsed.error);
    const result = await createMarketDay(actor, parsed.data);
    if (!result.ok) return resultState(result, values, "");
    createdId = result.value.id;
  } catch (error) {
    return errorState(error, values);
  }
  // Outside the try: redirect() works by throwing.
  redirect(adminPath(input.locale, `/admin/content/market-days/${createdId}?created=1`));
}

export async function updateMarketDayAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  const input = formDataToObject(form);
  const values = toFormValues(input);
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const id = recordId(input.id);
    if (!id) return { status: "error", formError: "notFound", values };
    const parsed = marketDayFormSchema.safeParse(input);
    if (!parsed.success) return invalidState(values, parsed.error);
    return resultState(await updateMarketDay(actor, id, parsed.data), values, "common.saved");
  } catch (error) {
    return errorState(error, values);
  }
}

export async function publishMarketDayAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const id = recordId(form.get("id"));
    if (!id) return { status: "error", formError: "notFound" };
    return resultState(await publishMarketDay(actor, id), {}, "marketDays.published");
  } catch (error) {
    return errorState(error, {});
  }
}

export async function cancelMarketDayAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const id = recordId(form.get("id"));
    if (!id) return { status: "error", formError: "notFound" };
    return resultState(await cancelMarketDay(actor, id), {}, "marketDays.cancelled");
  } catch (error) {
    return errorState(error, {});
  }
}
