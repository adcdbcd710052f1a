import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitFiguresTable } from "@/components/referrals/unit-figures";
import { ComparisonTable } from "@/components/subdistrict/comparison-table";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { localized } from "@/lib/i18n/localized";
import { parseReportScope } from "@/lib/reports/report-scope";
import { RATE_KEYS } from "@/lib/reports/three-rates";
import { compareCommunities } from "@/lib/subdistrict/compare-communities";

type Props = PageProps<"/[locale]/[display]/admin/subdistrict">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "subdistrict" });
  return { title: t("titlePlain"), robots: { index: false, follow: false } };
}

const control = "mt-1 block min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg";

// The subdistrict view (issue 14 §4): its communities side by side on the same
// figures. The period is a GET form (dates only, nothing personal); without one,
// the last twelve months.
export default async function SubdistrictPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("subdistrict.view");
  const t = await getTranslations({ locale, namespace: "subdistrict" });
  const reports = await getTranslations({ locale, namespace: "adminReports" });
  const scope = parseReportScope(await searchParams);
  const comparison = await compareCommunities(actor, scope.kind === "period" ? scope : null);
  if (!comparison) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t("titlePlain")}</h1>
        <p className="text-lg">{t("noSubdistrict")}</p>
      </div>
    );
  }
  const { overview, period, rows } = comparison;
  const name = localized(locale, overview.subdistrict.name, overview.subdistrict.nameEn);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title", { name })}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-4" aria-labelledby="period-heading">
        <h2 id="period-heading" className="w-full text-xl font-bold">
          {t("period.heading")}
        </h2>
        <div>
          <label htmlFor="period-from" className="font-semibold">
            {t("period.from")}
          </label>
          <input id="period-from" name="from" type="date" defaultValue={period.from} className={control} />
        </div>
        <div>
          <label htmlFor="period-to" className="font-semibold">
            {t("period.to")}
          </label>
          <input id="period-to" name="to" type="date" defaultValue={period.to} className={control} />
        </div>
        <button
          type="submit"
          className="inline-flex min-h-12 items-center rounded bg-brand px-5 text-lg font-semibold text-white hover:bg-brand-dark"
        >
          {t("period.show")}
        </button>
        <p className="w-full text-lg">{t("period.current", period)}</p>
      </form>

      <ComparisonTable locale={locale} rows={rows} />
      <dl className="max-w-4xl space-y-1 text-base">
        {RATE_KEYS.map((key) => (
          <div key={key}>
            <dt className="inline font-semibold">
              {reports(`rates.${key}`)}
              {locale === "en" ? ": " : "："}
            </dt>
            <dd className="inline">{reports(`rates.definition.${key}`)}</dd>
          </div>
        ))}
      </dl>

      {rows.map(({ community, units }) => (
        <section key={community.id} aria-labelledby={`units-${community.slug}`} className="space-y-3">
          <h2 id={`units-${community.slug}`} className="text-2xl font-bold">
            {t("units.heading", { name: localized(locale, community.name, community.nameEn) })}
          </h2>
          {units.length > 0 ? (
            <UnitFiguresTable locale={locale} rows={units} />
          ) : (
            <p className="text-lg">{t("units.none")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
