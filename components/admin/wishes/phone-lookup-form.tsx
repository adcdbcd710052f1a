// "Find by phone": a plain POST form (works without JavaScript). The number goes
// in the request body only; the inbox then lists the wishes with that exact number.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { findByPhoneAction } from "@/app/[locale]/[display]/admin/wishes/actions";

export async function PhoneLookupForm({ locale, active, invalid }: { locale: string; active: boolean; invalid: boolean }) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  return (
    <section aria-labelledby="phone-lookup-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
      <h2 id="phone-lookup-heading" className="text-2xl font-bold">
        {t("phoneLookup.heading")}
      </h2>
      {active ? (
        <p role="status" className="text-lg">
          {t("phoneLookup.active")}{" "}
          <Link href="/admin/wishes" className="inline-flex min-h-11 items-center text-brand underline">
            {t("phoneLookup.clear")}
          </Link>
        </p>
      ) : null}
      <form action={findByPhoneAction.bind(null, null)} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="locale" value={locale} />
        <div className="min-w-0 flex-1">
          <label htmlFor="phone-lookup" className="block text-lg font-semibold">
            {t("phoneLookup.label")}
          </label>
          <p id="phone-lookup-hint" className="text-muted">
            {t("phoneLookup.hint")}
          </p>
          {invalid ? (
            <p id="phone-lookup-error" className="font-semibold text-brand">
              {t("phoneLookup.invalid")}
            </p>
          ) : null}
          <input
            id="phone-lookup"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={20}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "phone-lookup-hint phone-lookup-error" : "phone-lookup-hint"}
            className="mt-1 block min-h-12 w-full max-w-sm rounded border-2 border-ink bg-white px-3 text-lg"
          />
        </div>
        <button type="submit" className="inline-flex min-h-12 items-center rounded bg-brand px-6 text-lg font-semibold text-white hover:bg-brand-dark">
          {t("phoneLookup.submit")}
        </button>
      </form>
    </section>
  );
}
