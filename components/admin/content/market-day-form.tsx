"use client";
// Create or edit a market day. Dates and times are Shenzhen wall-clock time;
// partner units are one role select per organisation.
import { useTranslations } from "next-intl";
import { FieldError, Hint, RequiredMark } from "@/components/forms/field-parts";
import { useField } from "@/components/forms/form-scope";
import { DateTimeInput, Select, TextInput } from "@/components/forms/text-fields";
import { MARKET_DAY_LIMITS, ROLE_FIELD_PREFIX, marketDayRoles } from "@/lib/market-days/market-day-form-schema";
import { BilingualFields } from "./bilingual-fields";
import { ContentForm, type ContentFormProps } from "./content-form";

type Organizations = readonly { id: string; name: string }[];

export function MarketDayForm({ organizations, ...props }: ContentFormProps & { organizations: Organizations }) {
  const t = useTranslations("adminContent.marketDays.fields");
  const L = MARKET_DAY_LIMITS;
  return (
    <ContentForm scope="market-day" {...props}>
      <TextInput name="slug" label={t("slug")} hint={t("slugHint")} required maxLength={L.slug} lang="en" />
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="title" required maxLength={L.title} />
        <BilingualFields t={t} name="theme" required maxLength={L.theme} />
      </div>
      <div className="grid gap-4 md:grid-cols-3 md:items-end">
        <DateTimeInput name="date" type="date" label={t("date")} required />
        <DateTimeInput name="startTime" type="time" label={t("startTime")} hint={t("timeHint")} required />
        <DateTimeInput name="endTime" type="time" label={t("endTime")} hint={t("timeHint")} required />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="place" required maxLength={L.place} />
        <BilingualFields t={t} name="address" maxLength={L.address} />
        <TextInput name="latitude" label={t("latitude")} hint={t("coordinatesHint")} inputMode="decimal" />
        <TextInput name="longitude" label={t("longitude")} hint={t("coordinatesHint")} inputMode="decimal" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <BilingualFields t={t} name="description" hint={t("descriptionHint")} maxLength={L.description} rows={4} />
      </div>
      <div className="md:w-1/2">
        <TextInput name="visitorCount" label={t("visitorCount")} hint={t("visitorCountHint")} inputMode="numeric" />
      </div>
      <PartnerRoles organizations={organizations} />
    </ContentForm>
  );
}

/** One role select per organisation, with the list's hint and error ("organizations") on the fieldset. */
function PartnerRoles({ organizations }: { organizations: Organizations }) {
  const t = useTranslations("adminContent.marketDays.fields");
  const tRole = useTranslations("marketDays.role");
  const f = useField("organizations", { hint: true });
  const roles = marketDayRoles.map((role) => ({ value: role, label: tRole(role) }));
  return (
    <fieldset aria-describedby={f.describedBy} className="space-y-3">
      <legend className="text-lg font-semibold">
        {t("organizations")}
        <RequiredMark />
      </legend>
      <Hint id={f.hintId}>{t("organizationsHint")}</Hint>
      <FieldError id={f.errorId} errors={f.errors} />
      <div className="grid gap-3 md:grid-cols-2">
        {organizations.map((org) => (
          <Select
            key={org.id}
            name={`${ROLE_FIELD_PREFIX}${org.id}`}
            label={org.name}
            options={roles}
            placeholder={t("roleNone")}
          />
        ))}
      </div>
    </fieldset>
  );
}
