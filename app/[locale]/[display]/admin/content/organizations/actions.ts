"use server";

// Partner-unit Server Actions: a content record's create and update (lib/content/record-actions.ts).
import { contentRecord } from "@/lib/content/record-actions";
import { staffAction } from "@/lib/forms/staff-action";
import { organizationCommunity } from "@/lib/organizations/admin-queries";
import { createOrganization } from "@/lib/organizations/create-organization";
import { organizationFormSchema } from "@/lib/organizations/organization-form-schema";
import { updateOrganization } from "@/lib/organizations/update-organization";

const organizations = contentRecord("/admin/content/organizations", organizationFormSchema, organizationCommunity);

export const createOrganizationAction = staffAction({
  permission: "content.manage",
  ...organizations.create(createOrganization),
});

export const updateOrganizationAction = staffAction({
  permission: "content.manage",
  ...organizations.update(updateOrganization),
});
