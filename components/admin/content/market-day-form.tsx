"use client";
// Create or edit a market day. A plain form posting to a Server Action: works
// without JavaScript, and the action's state brings back values and errors.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ContentFormState } from "@/lib/content/content-form-state";
import { MARKET_DAY_LIMITS, ROLE_FIELD_PREFIX, marketDayRoles } from "@/lib/market-days/market-day-form-schema";
import { FormStatus, FormValues, SelectField, SubmitButton, TextAreaField, TextField, stateKey } from "./form-fields";

type Action = (state: ContentFormState, form: FormData) => Promise<ContentFormState>;

export function MarketDayForm({
  action,
  locale,
  id,
  initialValues,
  organizations,
  submitLabel,
}: {
  action: Action;
  locale: string;
  id?: string;
  initialValues: Record<string, string>;
  organizations: readonly { id: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("adminContent.marketDays.fields");
  const tRole = useTranslations("marketDays.role");
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues });
  const L = MARKET_DAY_LIMITS;
  const roleOptions = marketDayRoles.map((role) => ({ value: role, label: tRole(role) }));
  return (
    <form key={stateKey(state)} action={formAction} noValidate className="space-y-6">
      <FormStatus state={state} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormValues state={state}>
        <TextField name="slug" label={t("slug")} hint={t("slugHint")} required maxLength={L.slug} lang="en" />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="title" label={t("title")} required maxLength={L.title} />
          <TextField name="titleEn" label={t("titleEn")} maxLength={L.title} lang="en" />
          <TextField name="theme" label={t("theme")} required maxLength={L.theme} />
          <TextField name="themeEn" label={t("themeEn")} maxLength={L.theme} lang="en" />
        </div>
        <div className="grid gap-4 md:grid-cols-3 md:items-end">
          <TextField name="date" type="date" label={t("date")} required />
          <TextField name="startTime" type="time" label={t("startTime")} hint={t("timeHint")} required />
          <TextField name="endTime" type="time" label={t("endTime")} hint={t("timeHint")} required />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="place" label={t("place")} required maxLength={L.place} />
          <TextField name="placeEn" label={t("placeEn")} maxLength={L.place} lang="en" />
          <TextField name="address" label={t("address")} maxLength={L.address} />
          <TextField name="addressEn" label={t("addressEn")} maxLength={L.address} lang="en" />
          <TextField name="latitude" label={t("latitude")} hint={t("coordinatesHint")} inputMode="decimal" />
          <TextField name="longitude" label={t("longitude")} hint={t("coordinatesHint")} inputMode="decimal" />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextAreaField name="description" label={t("description")} hint={t("descriptionHint")} maxLength={L.description} />
          <TextAreaField name="descriptionEn" label={t("descriptionEn")} maxLength={L.description} lang="en" />
        </div>
        <div className="md:w-1/2">
          <TextField name="visitorCount" label={t("visitorCount")} hint={t("visitorCountHint")} inputMode="numeric" />
        </div>
        <fieldset className="space-y-3" aria-describedby={state.fieldErrors?.organizations ? "organizations-hint organizations-error" : "organizations-hint"}>
          <legend className="text-lg font-semibold">{t("organizations")}</legend>
          <OrganizationsError errors={state.fieldErrors?.organizations} hint={t("organizationsHint")} />
          <div className="grid gap-3 md:grid-cols-2">
            {organizations.map((org) => (
              <SelectField
                key={org.id}
                name={`${ROLE_FIELD_PREFIX}${org.id}`}
                label={org.name}
                options={roleOptions}
                placeholder={t("roleNone")}
              />
            ))}
          </div>
        </fieldset>
      </FormValues>
      <SubmitButton pending={pending} label={submitLabel} />
    </form>
  );
}

function OrganizationsError({ errors, hint }: { errors?: string[]; hint: string }) {
  const t = useTranslations("adminContent.errors");
  return (
    <>
      <p id="organizations-hint" className="text-muted">
        {hint}
      </p>
      {errors?.length ? (
        <p id="organizations-error" className="font-semibold text-brand-dark">
          {t.has(errors[0]!) ? t(errors[0]!) : t("invalid")}
        </p>
      ) : null}
    </>
  );
}
