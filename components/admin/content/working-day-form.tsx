"use client";
// Enters one day of the holiday schedule: the date, holiday or make-up
// workday, and its name. Saving a day already entered changes it.
import { useTranslations } from "next-intl";
import { DateTimeInput, Select, TextInput } from "@/components/forms/text-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

export function WorkingDayForm(props: ContentFormProps) {
  const t = useTranslations("adminContent.calendar.fields");
  return (
    <ContentForm scope="calendar" {...props}>
      <div className="grid gap-4 md:grid-cols-3">
        <DateTimeInput name="day" type="date" label={t("day")} required />
        <Select
          name="working"
          label={t("working")}
          required
          options={[
            { value: "holiday", label: t("holiday") },
            { value: "workday", label: t("workday") },
          ]}
        />
        <TextInput name="name" label={t("name")} hint={t("nameHint")} required maxLength={40} autoComplete="off" />
      </div>
    </ContentForm>
  );
}
