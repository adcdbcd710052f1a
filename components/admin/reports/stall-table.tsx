// The printed market-day summary's table of stalls: each stall's wishes and what
// they came to, with the same definitions as the report's figures above it.
import { getTranslations } from "next-intl/server";
import type { MarketDaySummary } from "@/lib/reports/market-day-summary";

export async function StallTable({ summary, locale }: { summary: MarketDaySummary; locale: string }) {
  const t = await getTranslations({ locale, namespace: "adminReports" });
  const en = locale === "en";
  const cell = "border border-ink px-2 py-1";
  const num = `${cell} text-right tabular-nums`;
  const rows = [
    ...summary.stalls.map((s) => ({ key: s.id, label: `${s.number}. ${en && s.nameEn ? s.nameEn : s.name}`, ...s })),
    ...(summary.noStall.collected > 0 ? [{ key: "none", label: t("summary.stallOther"), ...summary.noStall }] : []),
  ];
  return (
    <section aria-labelledby="summary-stalls" className="space-y-2">
      <h2 id="summary-stalls" className="text-2xl font-bold">
        {t("summary.stallsHeading")}
      </h2>
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-base">
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                {t("summary.stallColumn")}
              </th>
              {(["collected", "handledOnSite", "referred", "settled"] as const).map((key) => (
                <th key={key} scope="col" className={`${cell} text-right`}>
                  {t(`figures.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {row.label}
                </th>
                <td className={num}>{row.collected}</td>
                <td className={num}>{row.handledOnSite}</td>
                <td className={num}>{row.referred}</td>
                <td className={num}>{row.settled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
