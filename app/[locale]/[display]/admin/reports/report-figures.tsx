// The report's figures and its two charts, shared by the report page and the
// printable summary. Server components: the charts are plain SVG.
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import type { WishReport } from "@/lib/reports/wish-report";
import { ThreeRatesSection } from "./three-rates";

function formatters(locale: string) {
  const tag = locale === "en" ? "en-GB" : "zh-CN";
  return {
    percent: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }),
    one: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
  };
}

export async function ReportFigures({
  report,
  locale,
  idPrefix,
}: {
  report: WishReport;
  locale: string;
  idPrefix: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminReports" });
  const f = formatters(locale);
  const duration = (hours: number | null) => {
    if (hours === null) return t("figures.none");
    // Up to two days in hours (the reply target is 48 h), longer in days.
    const text =
      hours <= 48
        ? t("figures.hours", { hours: f.one.format(hours) })
        : t("figures.days", { days: f.one.format(hours / 24) });
    // Long periods read their medians from duration buckets
    // (lib/reports/duration-histogram.ts): "≈", explained under the figures.
    return report.mediansApproximate ? `≈ ${text}` : text;
  };
  const counts = {
    collected: report.collected,
    handledOnSite: report.handledOnSite,
    referred: report.referred,
    escalated: report.escalated,
    settled: report.settled,
  };
  const rows: [string, string][] = [
    ...Object.entries(counts).map(([key, value]): [string, string] => [t(`figures.${key}`), String(value)]),
    [
      t("figures.replyRate"),
      report.replyRate === null
        ? t("figures.none")
        : t("figures.replyRateValue", {
            rate: f.percent.format(report.replyRate),
            replied: report.replied,
            collected: report.collected,
          }),
    ],
    [t("figures.medianFirstReply"), duration(report.medianHoursToFirstReply)],
    [t("figures.medianSettlement"), duration(report.medianHoursToSettlement)],
    [t("figures.overdue"), String(report.overdue)],
    [
      t("figures.satisfaction"),
      report.averageSatisfaction === null
        ? t("figures.notRated")
        : t("figures.satisfactionValue", { average: f.one.format(report.averageSatisfaction), rated: report.rated }),
    ],
  ];
  const [s1, s2, s3, s4, s5] = report.satisfaction;
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-2 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {report.mediansApproximate ? <p className="text-base text-muted">{t("figures.approximateNote")}</p> : null}
      <ThreeRatesSection report={report} locale={locale} idPrefix={idPrefix} />
      <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
        <figure className="space-y-2">
          <BarChart
            id={`${idPrefix}-counts`}
            title={t("charts.countsTitle")}
            description={t("charts.countsDesc", counts)}
            bars={Object.entries(counts).map(([key, value]) => ({ label: t(`figures.${key}`), value }))}
            labelWidth={locale === "en" ? 190 : 150}
          />
          <figcaption className="text-base font-semibold">{t("charts.countsTitle")}</figcaption>
        </figure>
        <figure className="space-y-2">
          <ColumnChart
            id={`${idPrefix}-satisfaction`}
            title={t("charts.satisfactionTitle")}
            description={t("charts.satisfactionDesc", { s1, s2, s3, s4, s5 })}
            columns={report.satisfaction.map((value, i) => ({ label: t("charts.stars", { n: i + 1 }), value }))}
          />
          <figcaption className="text-base font-semibold">{t("charts.satisfactionTitle")}</figcaption>
        </figure>
      </div>
    </div>
  );
}
