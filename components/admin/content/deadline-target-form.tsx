"use client";
// Sets the working-day targets for a kind, a category, both or every wish
// (lib/deadlines). Saving a row that exists changes it: the page's table shows
// what each row covers.
import { useTranslations } from "next-intl";
import { Select, TextInput, type Option } from "@/components/forms/text-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

export function DeadlineTargetForm({
  kinds,
  categories,
  ...props
}: ContentFormProps & { kinds: Option[]; categories: Option[] }) {
  const t = useTranslations("adminContent.deadlines.fields");
  const days = { inputMode: "numeric" as const, autoComplete: "off", maxLength: 2 };
  return (
    <ContentForm scope="deadline" {...props}>
      <div className="grid gap-4 md:grid-cols-2">
        <Select name="kind" label={t("kind")} hint={t("kindHint")} required options={kinds} />
        <Select name="category" label={t("category")} hint={t("categoryHint")} required options={categories} />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextInput name="firstReplyDays" label={t("firstReplyDays")} hint={t("daysHint")} required {...days} />
        <TextInput name="unitAnswerDays" label={t("unitAnswerDays")} hint={t("daysHint")} required {...days} />
        <TextInput name="settlementDays" label={t("settlementDays")} hint={t("daysHint")} required {...days} />
      </div>
    </ContentForm>
  );
}
