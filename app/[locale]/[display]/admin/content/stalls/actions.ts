"use server";

// Stall Server Actions: a content record's create and update (lib/content/record-actions.ts).
import { contentRecord } from "@/lib/content/record-actions";
import { staffAction } from "@/lib/forms/staff-action";
import { stallCommunity } from "@/lib/stalls/admin-queries";
import { createStall } from "@/lib/stalls/create-stall";
import { stallFormSchema } from "@/lib/stalls/stall-form-schema";
import { updateStall } from "@/lib/stalls/update-stall";

const stalls = contentRecord("/admin/content/stalls", stallFormSchema, stallCommunity);

export const createStallAction = staffAction({ permission: "content.manage", ...stalls.create(createStall) });

export const updateStallAction = staffAction({ permission: "content.manage", ...stalls.update(updateStall) });
