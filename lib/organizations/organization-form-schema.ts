// The partner-unit form (包联单位 / 共建党组织), shared by the form and its action.
// Names are unique within a community; the service turns a clash into a field error.
import { z } from "zod";
import { OrganizationType } from "@/lib/db/generated/enums";
import { optionalText, requiredText } from "@/lib/content/form-fields";

export const ORGANIZATION_LIMITS = { name: 100, description: 2000 } as const;

export const organizationTypes = Object.values(OrganizationType);

export const organizationFormSchema = z.object(
  {
    name: requiredText(ORGANIZATION_LIMITS.name),
    nameEn: optionalText(ORGANIZATION_LIMITS.name),
    type: z.enum(organizationTypes, { message: "required" }),
    description: optionalText(ORGANIZATION_LIMITS.description),
    descriptionEn: optionalText(ORGANIZATION_LIMITS.description),
  },
  { message: "invalid" },
);

export type OrganizationFormValues = z.output<typeof organizationFormSchema>;

export function organizationFormValues(org: {
  name: string;
  nameEn: string | null;
  type: OrganizationType;
  description: string | null;
  descriptionEn: string | null;
}): Record<string, string> {
  return {
    name: org.name,
    nameEn: org.nameEn ?? "",
    type: org.type,
    description: org.description ?? "",
    descriptionEn: org.descriptionEn ?? "",
  };
}
