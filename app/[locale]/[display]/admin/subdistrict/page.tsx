import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitFiguresTable } from "@/components/referrals/unit-figures";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { parseReportScope } from "@/lib/reports/report-scope";
import { formatRate, RATE_KEYS } from "@/lib/reports/three-rates";
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
  const cell = "p-2 text-right tabular-nums";
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

      <div className="relative overflow-x-auto">
        <table className="min-w-full border-collapse text-left text-lg">
          <caption className="mb-2 text-left text-xl font-bold">{t("table.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t("table.community")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("table.collected")}
              </th>
              {RATE_KEYS.map((key) => (
                <th key={key} scope="col" className="p-2 text-right">
                  {reports(`rates.${key}`)}
                </th>
              ))}
              <th scope="col" className="p-2 text-right">
                {t("table.open")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("table.overdue")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("table.overdueReferrals")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ community, report, now }) => (
              <tr key={community.id} className="border-b border-neutral-400">
                <th scope="row" className="p-2 font-semibold">
                  <Link
                    href={`/admin/subdistrict/${community.slug}`}
                    className="inline-flex min-h-11 items-center text-brand underline"
                  >
                    {localized(locale, community.name, community.nameEn)}
                  </Link>
                </th>
                <td className={cell}>{report.collected}</td>
                {RATE_KEYS.map((key) => (
                  <td key={key} className={cell}>
                    {formatRate(report.rates[key], locale)}
                  </td>
                ))}
                <td className={cell}>{now.open}</td>
                <td className={`${cell} ${now.overdue > 0 ? "font-bold text-brand" : ""}`}>{now.overdue}</td>
                <td className={`${cell} ${now.overdueReferrals > 0 ? "font-bold text-brand" : ""}`}>
                  {now.overdueReferrals}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
          <UnitFiguresTable locale={locale} rows={units} />
        </section>
      ))}
    </div>
  );
}
