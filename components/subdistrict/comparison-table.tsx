// The subdistrict's communities side by side: collected, the three rates and
// on-time settlement of the period, and open and overdue wishes now. A table
// from a laptop's width; below it, one card per community, since nine columns
// do not fit a phone or a tablet held upright.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { formatRate, RATE_KEYS } from "@/lib/reports/three-rates";
import type { CommunityComparison } from "@/lib/subdistrict/compare-communities";

export async function ComparisonTable({ locale, rows }: { locale: string; rows: CommunityComparison[] }) {
  const t = await getTranslations({ locale, namespace: "subdistrict" });
  const reports = await getTranslations({ locale, namespace: "adminReports" });
  const columns = (row: CommunityComparison) => [
    { key: "collected", label: t("table.collected"), value: String(row.report.collected), alert: false },
    ...RATE_KEYS.map((key) => ({
      key,
      label: reports(`rates.${key}`),
      value: formatRate(row.report.rates[key], locale),
      alert: false,
    })),
    { key: "open", label: t("table.open"), value: String(row.now.open), alert: false },
    { key: "overdue", label: t("table.overdue"), value: String(row.now.overdue), alert: row.now.overdue > 0 },
    {
      key: "overdueReferrals",
      label: t("table.overdueReferrals"),
      value: String(row.now.overdueReferrals),
      alert: row.now.overdueReferrals > 0,
    },
  ];
  const name = (row: CommunityComparison) => localized(locale, row.community.name, row.community.nameEn);
  const link = (row: CommunityComparison) => (
    <Link
      href={`/admin/subdistrict/${row.community.slug}`}
      className="inline-flex min-h-11 items-center text-brand underline"
    >
      {name(row)}
    </Link>
  );
  const headings = rows[0] ? columns(rows[0]) : [];
  return (
    <section aria-labelledby="comparison-heading" className="space-y-3">
      <h2 id="comparison-heading" className="text-2xl font-bold">
        {t("table.caption")}
      </h2>
      <ul className="space-y-3 lg:hidden">
        {rows.map((row) => (
          <li key={row.community.id} className="rounded-lg border-2 border-ink bg-white p-3">
            <p className="text-xl font-bold">{link(row)}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
              {columns(row).map((c) => (
                <div key={c.key} className="contents">
                  <dt className="font-semibold">{c.label}</dt>
                  <dd className={c.alert ? "font-bold text-brand" : undefined}>{c.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse text-left text-base lg:table">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t("table.community")}
            </th>
            {headings.map((c) => (
              <th key={c.key} scope="col" className="p-2 text-right">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.community.id} className="border-b border-neutral-400 text-lg">
              <th scope="row" className="p-2 font-semibold">
                {link(row)}
              </th>
              {columns(row).map((c) => (
                <td key={c.key} className={`p-2 text-right tabular-nums ${c.alert ? "font-bold text-brand" : ""}`}>
                  {c.value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
