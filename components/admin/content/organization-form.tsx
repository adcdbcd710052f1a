"use client";
// Create or edit a partner unit: a plain form posting to a Server Action.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { ORGANIZATION_LIMITS, organizationTypes } from "@/lib/organizations/organization-form-schema";
import { FormStatus, FormValues, SelectField, SubmitButton, TextAreaField, TextField, stateKey } from "./form-fields";

type Action = (state: ContentFormState, form: FormData) => Promise<ContentFormState>;

export function OrganizationForm({
  action,
  locale,
  id,
  initialValues,
  submitLabel,
}: {
  action: Action;
  locale: string;
  id?: string;
  initialValues: Record<string, string>;
  submitLabel: string;
}) {
  const t = useTranslations("adminContent.organizations.fields");
  const tType = useTranslations("marketDays.organizationType");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues });
  const L = ORGANIZATION_LIMITS;
  return (
    <form key={stateKey(state)} action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormValues state={state}>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="name" label={t("name")} required maxLength={L.name} />
          <TextField name="nameEn" label={t("nameEn")} maxLength={L.name} lang="en" />
          <SelectField
            name="type"
            label={t("type")}
            required
            options={organizationTypes.map((type) => ({ value: type, label: tType(type) }))}
            placeholder={t("chooseType")}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextAreaField name="description" label={t("description")} maxLength={L.description} />
          <TextAreaField name="descriptionEn" label={t("descriptionEn")} maxLength={L.description} lang="en" />
        </div>
      </FormValues>
      <SubmitButton pending={pending} label={submitLabel} />
    </form>
  );
}
