// The partner-unit form (包联单位 / 共建党组织), shared by the form and its action.
// Names are unique within a community; the service turns a clash into a field error.
import { z } from "zod";
import { OrganizationType } from "@/lib/db/generated/enums";
import { optionalText, requiredText } from "@/lib/content/form-fields";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";

export const ORGANIZATION_LIMITS = { name: 100, description: 2000, email: 254 } as const;

const emptyToUndefined = (v: unknown) => (typeof v === "string" ? v.trim() || undefined : v);

export const organizationTypes = Object.values(OrganizationType);

export const organizationFormSchema = z.object(
  {
    name: requiredText(ORGANIZATION_LIMITS.name),
    nameEn: optionalText(ORGANIZATION_LIMITS.name),
    type: z.enum(organizationTypes, { message: "required" }),
    description: optionalText(ORGANIZATION_LIMITS.description),
    descriptionEn: optionalText(ORGANIZATION_LIMITS.description),
    // Where referrals reach the unit (issue 14): a duty address and a duty mobile,
    // both optional; a unit with neither gets no link and is chased by phone.
    contactEmail: z
      .preprocess(
        emptyToUndefined,
        z.email({ message: "email" }).max(ORGANIZATION_LIMITS.email, { message: "tooLong" }).optional(),
      )
      .transform((v) => v?.toLowerCase() ?? null),
    contactPhone: z
      .preprocess(
        (v) => (typeof v === "string" ? normalizePhone(v) || undefined : undefined),
        z.string().refine(isMainlandMobile, { message: "phone" }).optional(),
      )
      .transform((v) => v ?? null),
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
  contactEmail: string | null;
  contactPhone: string | null;
}): Record<string, string> {
  return {
    name: org.name,
    nameEn: org.nameEn ?? "",
    type: org.type,
    description: org.description ?? "",
    descriptionEn: org.descriptionEn ?? "",
    contactEmail: org.contactEmail ?? "",
    contactPhone: org.contactPhone ?? "",
  };
}
