"use client";
// Adds a search synonym: the resident's word, and the words stalls use for it.
import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/text-fields";
import { SYNONYM_LIMITS } from "@/lib/search-synonyms/synonym-form-schema";
import { ContentForm, type ContentFormProps } from "./content-form";

export function SynonymForm(props: ContentFormProps) {
  const t = useTranslations("adminContent.synonyms.fields");
  return (
    <ContentForm scope="synonym" {...props}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextInput
          name="term"
          label={t("term")}
          hint={t("termHint")}
          required
          maxLength={SYNONYM_LIMITS.term}
          autoComplete="off"
        />
        <TextInput name="expandsTo" label={t("expandsTo")} hint={t("expandsToHint")} required autoComplete="off" />
      </div>
    </ContentForm>
  );
}
