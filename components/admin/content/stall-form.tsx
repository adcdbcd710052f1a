"use client";
// Create or edit a stall: a plain form posting to a Server Action (works without
// JavaScript); services one per line, audiences and host units as checkboxes.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { STALL_LIMITS, stallAudiences, stallCategories } from "@/lib/stalls/stall-form-schema";
import { CheckboxGroup, FormStatus, FormValues, SelectField, SubmitButton, TextAreaField, TextField, stateKey } from "./form-fields";

type Action = (state: ContentFormState, form: FormData) => Promise<ContentFormState>;

export function StallForm({
  action,
  locale,
  id,
  initialValues,
  marketDays,
  organizations,
  submitLabel,
}: {
  action: Action;
  locale: string;
  id?: string;
  initialValues: Record<string, string>;
  marketDays: readonly { value: string; label: string }[];
  organizations: readonly { id: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("adminContent.stalls.fields");
  const tCategory = useTranslations("marketDays.category");
  const tAudience = useTranslations("marketDays.audience");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues });
  const L = STALL_LIMITS;
  return (
    <form key={stateKey(state)} action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormValues state={state}>
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField name="marketDayId" label={t("marketDayId")} required options={marketDays} placeholder={t("chooseMarketDay")} />
          <TextField name="number" label={t("number")} required inputMode="numeric" />
          <TextField name="key" label={t("key")} hint={t("keyHint")} required maxLength={L.key} lang="en" />
          <SelectField
            name="category"
            label={t("category")}
            required
            options={stallCategories.map((c) => ({ value: c, label: tCategory(c) }))}
            placeholder={t("chooseCategory")}
          />
          <TextField name="name" label={t("name")} required maxLength={L.name} />
          <TextField name="nameEn" label={t("nameEn")} maxLength={L.name} lang="en" />
        </div>
        <CheckboxGroup
          name="audiences"
          legend={t("audiences")}
          required
          options={stallAudiences.map((a) => ({ value: a, label: tAudience(a) }))}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <TextAreaField name="services" label={t("services")} hint={t("servicesHint")} required rows={5} />
          <TextAreaField name="servicesEn" label={t("servicesEn")} hint={t("servicesHint")} rows={5} lang="en" />
          <TextAreaField name="description" label={t("description")} maxLength={L.description} />
          <TextAreaField name="descriptionEn" label={t("descriptionEn")} maxLength={L.description} lang="en" />
          <TextField name="hostNote" label={t("hostNote")} hint={t("hostNoteHint")} maxLength={L.hostNote} />
          <TextField name="hostNoteEn" label={t("hostNoteEn")} maxLength={L.hostNote} lang="en" />
        </div>
        <CheckboxGroup name="hosts" legend={t("hosts")} options={organizations.map((o) => ({ value: o.id, label: o.name }))} />
      </FormValues>
      <SubmitButton pending={pending} label={submitLabel} />
    </form>
  );
}
