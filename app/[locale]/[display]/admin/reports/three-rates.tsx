// The three rates (三率) and on-time settlement, with their definitions, overall
// and per category and receiving unit. Part of ReportFigures, so the report page
// and the printable summary show the same. A plain table: screen readers read
// each figure with its row and column.
import { getTranslations } from "next-intl/server";
import type { RateBreakdownRow } from "@/lib/reports/rate-breakdown-types";
import { formatRate, RATE_KEYS, rateParts, type RateCounts, type ThreeRates } from "@/lib/reports/three-rates";
import type { WishReport } from "@/lib/reports/wish-report";

interface Line {
  label: string;
  counts: RateCounts;
  rates: ThreeRates;
}

export async function ThreeRatesSection({
  report,
  locale,
  idPrefix,
}: {
  report: WishReport;
  locale: string;
  idPrefix: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminReports" });
  const track = await getTranslations({ locale, namespace: "track" });
  const en = locale === "en";
  const overall: Line = { label: t("rates.overall"), counts: report.rateCounts, rates: report.rates };
  const categoryLine = (row: RateBreakdownRow): Line => ({
    label: track(`category.${row.key ?? "none"}`),
    counts: row.counts,
    rates: row.rates,
  });
  const unitLine = (row: RateBreakdownRow): Line => ({
    label: (en ? row.nameEn : null) ?? row.name ?? "",
    counts: row.counts,
    rates: row.rates,
  });
  const headingId = `${idPrefix}-rates-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h3 id={headingId} className="text-xl font-bold">
        {t("rates.heading")}
      </h3>
      <dl className="grid gap-x-6 gap-y-1 text-base sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
        {RATE_KEYS.map((key) => (
          <div key={key} className="contents">
            <dt className="font-semibold">{t(`rates.${key}`)}</dt>
            <dd className="mb-2 sm:mb-0">{t(`rates.definition.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <RateTable caption={t("rates.overallCaption")} firstColumn={t("rates.scope")} lines={[overall]} locale={locale} />
      {report.breakdown ? (
        <>
          <RateTable
            caption={t("rates.byCategory")}
            firstColumn={t("rates.category")}
            lines={report.breakdown.byCategory.map(categoryLine)}
            locale={locale}
          />
          {report.breakdown.byUnit.length > 0 ? (
            <RateTable
              caption={t("rates.byUnit")}
              firstColumn={t("rates.unit")}
              lines={report.breakdown.byUnit.map(unitLine)}
              locale={locale}
            />
          ) : (
            <p className="text-base">{t("rates.noUnits")}</p>
          )}
        </>
      ) : (
        <p className="text-base text-muted">{t("rates.breakdownUnavailable")}</p>
      )}
    </section>
  );
}

async function RateTable({
  caption,
  firstColumn,
  lines,
  locale,
}: {
  caption: string;
  firstColumn: string;
  lines: Line[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminReports" });
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              {firstColumn}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("rates.collected")}
            </th>
            {RATE_KEYS.map((key) => (
              <th key={key} scope="col" className="py-2 pr-4">
                {t(`rates.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const parts = rateParts(line.counts);
            return (
              <tr key={line.label} className="border-b border-ink/30">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {line.label}
                </th>
                <td className="py-2 pr-4">{line.counts.collected}</td>
                {RATE_KEYS.map((key) => (
                  <td key={key} className="py-2 pr-4">
                    {formatRate(line.rates[key], locale)}{" "}
                    <span className="text-muted">
                      ({t("rates.parts", { part: parts[key][0], whole: parts[key][1] })})
                    </span>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
