// The community office's contact settings form, shared by the form and its
// action: the phone residents call about a lost tracking code, and the hours
// someone answers it. Both are public (the tracking page shows them).
import { z } from "zod";
import { optionalText } from "@/lib/content/form-fields";

export const OFFICE_LIMITS = { phone: 30, hours: 100 } as const;

// An office line as people write it: "0755-8300 0000", "(0755) 83000000",
// "+86 755 8300 0000", or a mobile. Digits with spaces, hyphens, brackets and a
// leading +; at least 7 digits. Not normalised: it is shown as the staff typed it.
const PHONE_PATTERN = /^\+?[\d\s()-]+$/;

export const officeFormSchema = z.object({
  officePhone: optionalText(OFFICE_LIMITS.phone).refine(
    (v) => v === null || (PHONE_PATTERN.test(v) && v.replace(/\D/g, "").length >= 7),
    { message: "phoneFormat" },
  ),
  officeHours: optionalText(OFFICE_LIMITS.hours),
  officeHoursEn: optionalText(OFFICE_LIMITS.hours),
});

export type OfficeFormValues = z.output<typeof officeFormSchema>;

export function officeFormValues(community: {
  officePhone: string | null;
  officeHours: string | null;
  officeHoursEn: string | null;
}): Record<string, string> {
  return {
    officePhone: community.officePhone ?? "",
    officeHours: community.officeHours ?? "",
    officeHoursEn: community.officeHoursEn ?? "",
  };
}
