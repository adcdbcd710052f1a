"use client";
// The community office's phone and hours: what a resident who lost a tracking
// code is told to call (the tracking page's 忘记查询码 section).
import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/text-fields";
import { OFFICE_LIMITS } from "@/lib/community-office/office-form-schema";
import { BilingualFields } from "./bilingual-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

export function OfficeForm(props: ContentFormProps) {
  const t = useTranslations("adminContent.office.fields");
  return (
    <ContentForm scope="office" {...props}>
      <TextInput
        name="officePhone"
        label={t("officePhone")}
        hint={t("officePhoneHint")}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        maxLength={OFFICE_LIMITS.phone}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="officeHours" maxLength={OFFICE_LIMITS.hours} hint={t("officeHoursHint")} />
      </div>
    </ContentForm>
  );
}
