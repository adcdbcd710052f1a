"use client";
// Create or edit a stall: services one per line, audiences and host units as
// checkboxes (repeated fields).
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/choice-fields";
import { Select, TextInput, type Option } from "@/components/forms/text-fields";
import { STALL_LIMITS, stallAudiences, stallCategories } from "@/lib/stalls/stall-form-schema";
import { BilingualFields } from "./bilingual-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

interface Choices {
  marketDays: readonly Option[];
  organizations: readonly { id: string; name: string }[];
}

export function StallForm({ marketDays, organizations, ...props }: ContentFormProps & Choices) {
  const t = useTranslations("adminContent.stalls.fields");
  const tCategory = useTranslations("marketDays.category");
  const tAudience = useTranslations("marketDays.audience");
  const categories = stallCategories.map((c) => ({ value: c, label: tCategory(c) }));
  const audiences = stallAudiences.map((a) => ({ value: a, label: tAudience(a) }));
  const hosts = organizations.map((o) => ({ value: o.id, label: o.name }));
  const L = STALL_LIMITS;
  return (
    <ContentForm scope="stall" {...props}>
      <div className="grid gap-4 md:grid-cols-2">
        <Select
          name="marketDayId"
          label={t("marketDayId")}
          required
          options={marketDays}
          placeholder={t("chooseMarketDay")}
        />
        <TextInput name="number" label={t("number")} required inputMode="numeric" />
        <TextInput name="key" label={t("key")} hint={t("keyHint")} required maxLength={L.key} lang="en" />
        <Select name="category" label={t("category")} required options={categories} placeholder={t("chooseCategory")} />
        <BilingualFields t={t} name="name" required maxLength={L.name} />
      </div>
      <CheckboxGroup name="audiences" legend={t("audiences")} required columns choices={audiences} />
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="services" hint={t("servicesHint")} hintEn={t("servicesHint")} required rows={5} />
        <BilingualFields t={t} name="description" maxLength={L.description} rows={4} />
        <BilingualFields t={t} name="hostNote" hint={t("hostNoteHint")} maxLength={L.hostNote} />
      </div>
      <CheckboxGroup name="hosts" legend={t("hosts")} columns choices={hosts} />
    </ContentForm>
  );
}
