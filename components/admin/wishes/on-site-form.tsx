"use client";

// On-site entry at a stall: one screen, few taps. Kind as big radio buttons,
// market day preselected, contact details optional and only with the resident's
// spoken consent, and an optional reply that settles the wish as handled on site.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ON_SITE_CONTENT, TRIAGE_LIMITS, initialTriageState, type TriageState } from "@/lib/wishes/triage-schemas";

type ActionFn = (state: TriageState, form: FormData) => Promise<TriageState>;
interface Option {
  value: string;
  label: string;
}

export interface OnSiteFormProps {
  action: ActionFn;
  idempotencyKey: string;
  kinds: Option[];
  categories: Option[];
  marketDays: (Option & { stalls: Option[] })[];
  defaultMarketDayId: string | null;
  canSettle: boolean;
}

const control = "mt-1 min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg";

export function OnSiteForm({ action, idempotencyKey, kinds, categories, marketDays, defaultMarketDayId, canSettle }: OnSiteFormProps) {
  const t = useTranslations("adminWishes");
  const [state, formAction, pending] = useActionState(action, initialTriageState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errorsOf = (name: string) => state.fieldErrors?.[name] ?? [];
  const describedBy = (name: string, hint = false) => [hint ? `entry-${name}-hint` : "", errorsOf(name).length ? `entry-${name}-error` : ""].join(" ").trim() || undefined;
  const errorLine = (name: string) =>
    errorsOf(name).length ? (
      <p id={`entry-${name}-error`} className="font-semibold text-brand">
        {errorsOf(name).map((k) => t(k)).join(" ")}
      </p>
    ) : null;
  const invalid = (name: string) => (errorsOf(name).length ? true : undefined);

  return (
    <div className="space-y-4">
      {state.status === "ok" && state.created ? (
        <div role="status" className="rounded-lg border-4 border-ink bg-white p-4 text-lg">
          <p className="font-bold">{t(state.message ?? "done.entered")}</p>
          <p>
            {t("entry.code")} <span className="font-mono text-xl font-bold">{state.created.code}</span>
          </p>
          <Link href={`/admin/wishes/${state.created.id}`} className="inline-flex min-h-11 items-center text-brand underline">
            {t("entry.openWish")}
          </Link>
        </div>
      ) : null}
      <form key={state.created?.id ?? "entry"} action={formAction} aria-labelledby="entry-heading" className="space-y-5 rounded-lg border-2 border-brand bg-white p-4" noValidate>
        <h2 id="entry-heading" className="text-2xl font-bold">
          {t("entry.formHeading")}
        </h2>
        {state.formError ? (
          <p role="alert" className="rounded border-2 border-brand p-3 font-semibold text-brand">
            {t(state.formError)}
          </p>
        ) : null}
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? idempotencyKey} />
        <fieldset aria-describedby={describedBy("kind")}>
          <legend className="text-lg font-semibold">
            {t("entry.kind")} <span className="font-normal">{t("form.required")}</span>
          </legend>
          {errorLine("kind")}
          <div className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {kinds.map((k, i) => (
              <label key={k.value} className="flex min-h-12 items-center gap-2 rounded border-2 border-ink px-3 text-lg has-[:checked]:bg-ink has-[:checked]:text-white">
                <input type="radio" name="kind" value={k.value} defaultChecked={(values.kind ?? kinds[0]?.value) === k.value || (!values.kind && i === 0)} className="size-5" />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="entry-category" className="block text-lg font-semibold">
            {t("entry.category")} <span className="font-normal">{t("form.required")}</span>
          </label>
          {errorLine("category")}
          <select id="entry-category" name="category" defaultValue={values.category ?? ""} aria-invalid={invalid("category")} aria-describedby={describedBy("category")} className={control}>
            <option value="">{t("form.choose")}</option>
            {categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entry-content" className="block text-lg font-semibold">
            {t("entry.content")} <span className="font-normal">{t("form.required")}</span>
          </label>
          {errorLine("content")}
          <textarea id="entry-content" name="content" rows={4} minLength={ON_SITE_CONTENT.min} maxLength={ON_SITE_CONTENT.max} defaultValue={values.content ?? ""} aria-invalid={invalid("content")} aria-describedby={describedBy("content")} className={control} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="entry-marketDayId" className="block text-lg font-semibold">
              {t("entry.marketDay")}
            </label>
            {errorLine("marketDayId")}
            <select id="entry-marketDayId" name="marketDayId" defaultValue={values.marketDayId ?? defaultMarketDayId ?? ""} aria-invalid={invalid("marketDayId")} aria-describedby={describedBy("marketDayId")} className={control}>
              <option value="">{t("entry.noMarketDay")}</option>
              {marketDays.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="entry-stallId" className="block text-lg font-semibold">
              {t("entry.stall")}
            </label>
            <p id="entry-stallId-hint" className="text-muted">
              {t("entry.stallHint")}
            </p>
            {errorLine("stallId")}
            <select id="entry-stallId" name="stallId" defaultValue={values.stallId ?? ""} aria-invalid={invalid("stallId")} aria-describedby={describedBy("stallId", true)} className={control}>
              <option value="">{t("entry.noStall")}</option>
              {marketDays
                .filter((d) => d.stalls.length > 0)
                .map((d) => (
                  <optgroup key={d.value} label={d.label}>
                    {d.stalls.map((s) => (
                      <option key={s.value} value={s.value}>
                        {s.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </div>
        </div>
        <fieldset className="space-y-3 rounded border border-neutral-400 p-3">
          <legend className="px-1 text-lg font-semibold">{t("entry.contactHeading")}</legend>
          <p className="text-muted">{t("entry.contactHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="entry-name" className="block font-semibold">
                {t("detail.name")}
              </label>
              {errorLine("name")}
              <input id="entry-name" name="name" type="text" autoComplete="off" maxLength={30} defaultValue={values.name ?? ""} aria-invalid={invalid("name")} aria-describedby={describedBy("name")} className={control} />
            </div>
            <div>
              <label htmlFor="entry-phone" className="block font-semibold">
                {t("detail.phone")}
              </label>
              {errorLine("phone")}
              <input id="entry-phone" name="phone" type="tel" inputMode="tel" autoComplete="off" maxLength={20} defaultValue={values.phone ?? ""} aria-invalid={invalid("phone")} aria-describedby={describedBy("phone")} className={control} />
            </div>
          </div>
          {errorLine("consent")}
          <div className="flex min-h-11 items-center gap-3">
            <input id="entry-consent" name="consent" type="checkbox" defaultChecked={values.consent === "on"} aria-invalid={invalid("consent")} aria-describedby={describedBy("consent")} className="size-6" />
            <label htmlFor="entry-consent" className="text-lg">
              {t("entry.consent")}
            </label>
          </div>
        </fieldset>
        {canSettle ? (
          <div>
            <label htmlFor="entry-publicReply" className="block text-lg font-semibold">
              {t("entry.reply")}
            </label>
            <p id="entry-publicReply-hint" className="text-muted">
              {t("entry.replyHint")}
            </p>
            {errorLine("publicReply")}
            <textarea id="entry-publicReply" name="publicReply" rows={3} maxLength={TRIAGE_LIMITS.reply} defaultValue={values.publicReply ?? ""} aria-invalid={invalid("publicReply")} aria-describedby={describedBy("publicReply", true)} className={control} />
          </div>
        ) : null}
        <button type="submit" disabled={pending} className="min-h-12 w-full rounded bg-brand px-8 text-xl font-bold text-white focus-visible:outline-4 focus-visible:outline-offset-2 sm:w-auto">
          {t("entry.submit")}
        </button>
      </form>
    </div>
  );
}
