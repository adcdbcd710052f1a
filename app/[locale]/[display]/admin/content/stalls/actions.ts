"use server";

// Stall Server Actions: parse, check the actor, call the service, return the
// form's state. The services check the record's community again.
import { redirect } from "next/navigation";
import { assertCan } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { adminPath, errorState, invalidState, recordId, resultState } from "@/lib/content/action-state";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { formDataToObject, toFormValues } from "@/lib/content/form-data";
import { createStall } from "@/lib/stalls/create-stall";
import { stallFormSchema } from "@/lib/stalls/stall-form-schema";
import { updateStall } from "@/lib/stalls/update-stall";

export async function createStallAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  const input = formDataToObject(form);
  const values = toFormValues(input);
  let createdId: string;
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const parsed = stallFormSchema.safeParse(input);
    if (!parsed.success) return invalidState(values, parsed.error);
    const result = await createStall(actor, parsed.data);
    if (!result.ok) return resultState(result, values, "");
    createdId = result.value.id;
  } catch (error) {
    return errorState(error, values);
  }
  redirect(adminPath(input.locale, `/admin/content/stalls/${createdId}?created=1`));
}

export async function updateStallAction(_previous: ContentFormState, form: FormData): Promise<ContentFormState> {
  const input = formDataToObject(form);
  const values = toFormValues(input);
  try {
    const actor = await getActor();
    assertCan(actor, "content.manage");
    const id = recordId(input.id);
    if (!id) return { status: "error", formError: "notFound", values };
    const parsed = stallFormSchema.safeParse(input);
    if (!parsed.success) return invalidState(values, parsed.error);
    return resultState(await updateStall(actor, id, parsed.data), values, "common.saved");
  } catch (error) {
    return errorState(error, values);
  }
}
