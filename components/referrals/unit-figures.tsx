import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { UnitFigures } from "@/lib/reports/unit-figures";

type T = Awaited<ReturnType<typeof getTranslations<"referrals">>>;

function cells(t: T, f: UnitFigures) {
  return [
    ["received", String(f.received)],
    ["accepted", String(f.accepted)],
    ["answeredOnTime", `${f.answeredOnTime} / ${f.answered}`],
    [
      "median",
      f.medianHoursToAnswer === null
        ? t("figures.noValue")
        : // Two days and more read better in days.
          f.medianHoursToAnswer >= 48
          ? t("figures.medianDaysValue", { days: Math.round(f.medianHoursToAnswer / 2.4) / 10 })
          : t("figures.medianValue", { hours: f.medianHoursToAnswer }),
    ],
    ["returned", String(f.returned)],
    ["extended", String(f.extended)],
    ["overdue", String(f.overdue)],
    [
      "satisfaction",
      f.satisfaction === null
        ? t("figures.noValue")
        : t("figures.satisfactionValue", { score: f.satisfaction, count: f.rated }),
    ],
  ] as const;
}

/** One unit's figures, as a list that reads well at phone width (its public page). */
export async function UnitFiguresList({ locale, figures }: { locale: string; figures: UnitFigures | null }) {
  const t = await getTranslations({ locale, namespace: "referrals" });
  if (!figures) return <p className="text-lg">{t("figures.none")}</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border-2 border-ink bg-white p-4 text-lg">
      {cells(t, figures).map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-semibold">{t(`figures.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every unit side by side (the staff report, the subdistrict view). */
export async function UnitFiguresTable({ locale, rows }: { locale: string; rows: UnitFigures[] }) {
  const t = await getTranslations({ locale, namespace: "referrals" });
  if (rows.length === 0) return <p className="text-lg">{t("figures.none")}</p>;
  const keys = cells(t, rows[0]!).map(([key]) => key);
  return (
    <div>
      {/* At phone width, one card per unit: nine columns do not fit a phone. */}
      <ul className="space-y-3 md:hidden">
        {rows.map((row) => (
          <li key={row.organizationId} className="rounded-lg border-2 border-ink bg-white p-3">
            <p className="text-xl font-bold">{localized(locale, row.name, row.nameEn)}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
              {cells(t, row).map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="font-semibold">{t(`figures.${key}`)}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <table className="hidden min-w-full border-collapse text-left text-lg md:table">
        <caption className="sr-only">{t("figures.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t("figures.unit")}
            </th>
            {keys.map((key) => (
              <th key={key} scope="col" className="p-2">
                {t(`figures.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.organizationId} className="border-b border-neutral-400">
              <th scope="row" className="p-2 font-semibold">
                {localized(locale, row.name, row.nameEn)}
              </th>
              {cells(t, row).map(([key, value]) => (
                <td key={key} className="p-2">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
