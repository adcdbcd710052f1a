"use client";
// Create or edit a partner unit.
import { useTranslations } from "next-intl";
import { Select, TextInput } from "@/components/forms/text-fields";
import { ORGANIZATION_LIMITS, organizationTypes } from "@/lib/organizations/organization-form-schema";
import { BilingualFields } from "./bilingual-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

export function OrganizationForm(props: ContentFormProps) {
  const t = useTranslations("adminContent.organizations.fields");
  const tType = useTranslations("marketDays.organizationType");
  const types = organizationTypes.map((type) => ({ value: type, label: tType(type) }));
  const L = ORGANIZATION_LIMITS;
  return (
    <ContentForm scope="organization" {...props}>
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="name" required maxLength={L.name} />
        <Select name="type" label={t("type")} required options={types} placeholder={t("chooseType")} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="description" maxLength={L.description} rows={4} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          name="contactEmail"
          type="email"
          label={t("contactEmail")}
          hint={t("contactEmailHint")}
          maxLength={L.email}
          autoComplete="off"
        />
        <TextInput
          name="contactPhone"
          type="tel"
          label={t("contactPhone")}
          hint={t("contactPhoneHint")}
          inputMode="tel"
          autoComplete="off"
        />
      </div>
    </ContentForm>
  );
}
