"use server";

// The community office's contact settings: one record per community, the actor's own.
import { CONTENT_MESSAGES } from "@/lib/content/content-errors";
import { officeFormSchema } from "@/lib/community-office/office-form-schema";
import { updateOfficeContact } from "@/lib/community-office/update-office-contact";
import { staffAction } from "@/lib/forms/staff-action";

export const updateOfficeContactAction = staffAction({
  name: "update office contact",
  permission: "content.manage",
  schema: officeFormSchema,
  messages: CONTENT_MESSAGES,
  run: (actor, values) => updateOfficeContact(actor, values),
  done: (_saved, { values }) => ({ status: "ok", message: "adminContent.common.saved", values }),
});
