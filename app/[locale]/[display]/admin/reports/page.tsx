import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { defaultReportScope, parseReportScope } from "@/lib/reports/report-scope";
import { getUnitReport } from "@/lib/reports/unit-report";
import { getWishReport, listReportMarketDays } from "@/lib/reports/wish-report";
import { UnitFiguresTable } from "@/components/referrals/unit-figures";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { ReauthForm } from "../account/reauth-form";
import { ReportFigures } from "./report-figures";

type Props = PageProps<"/[locale]/[display]/admin/reports">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminReports" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

const control = "mt-1 block min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg";
const button =
  "inline-flex min-h-12 items-center rounded bg-brand px-5 text-lg font-semibold text-white hover:bg-brand-dark";

export default async function AdminReportsPage({ params, searchParams }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("report.view");
  const t = await getTranslations({ locale, namespace: "adminReports" });
  const requested = parseReportScope(await searchParams);
  const days = await listReportMarketDays(actor);
  const scope = requested.kind === "none" ? defaultReportScope(days) : requested;
  const scoped = await getWishReport(actor, scope);
  const units = scoped ? await getUnitReport(actor, scoped) : [];
  const unitText = await getTranslations({ locale, namespace: "referrals" });
  const en = locale === "en";
  const selectedSlug = scope.kind === "marketDay" ? scope.slug : "";
  const scopeLabel = scoped?.marketDay
    ? t("scopeMarketDay", {
        title: en && scoped.marketDay.titleEn ? scoped.marketDay.titleEn : scoped.marketDay.title,
        date: shanghaiDateText(locale, scoped.marketDay.startsAt, false).text,
      })
    : scoped?.period
      ? t("scopePeriod", scoped.period)
      : null;
  // The export takes the same scope as the report, in the inbox's parameters.
  const exportParams: Record<string, string> =
    scope.kind === "marketDay"
      ? { marketDay: scope.slug }
      : scope.kind === "period"
        ? { from: scope.from, to: scope.to }
        : {};
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
      </div>

      <section
        aria-labelledby="filter-heading"
        className="space-y-4 rounded-lg border-2 border-ink bg-white p-4 print:hidden"
      >
        <h2 id="filter-heading" className="text-2xl font-bold">
          {t("filter.heading")}
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <form method="get" className="space-y-3">
            <h3 className="text-xl font-semibold">{t("filter.byMarketDay")}</h3>
            <div>
              <label htmlFor="report-market-day" className="block text-lg font-semibold">
                {t("filter.marketDay")}
              </label>
              <select id="report-market-day" name="marketDay" defaultValue={selectedSlug} className={control}>
                <option value="">{t("filter.chooseMarketDay")}</option>
                {days.map((d) => (
                  <option key={d.id} value={d.slug}>
                    {shanghaiDateText(locale, d.startsAt, false).text} · {en && d.titleEn ? d.titleEn : d.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={button}>
              {t("filter.show")}
            </button>
          </form>
          <form method="get" className="space-y-3">
            <h3 className="text-xl font-semibold">{t("filter.byPeriod")}</h3>
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="report-from" className="block text-lg font-semibold">
                  {t("filter.from")}
                </label>
                <input
                  id="report-from"
                  name="from"
                  type="date"
                  required
                  defaultValue={scope.kind === "period" ? scope.from : ""}
                  className={control}
                />
              </div>
              <div>
                <label htmlFor="report-to" className="block text-lg font-semibold">
                  {t("filter.to")}
                </label>
                <input
                  id="report-to"
                  name="to"
                  type="date"
                  required
                  defaultValue={scope.kind === "period" ? scope.to : ""}
                  className={control}
                />
              </div>
            </div>
            <button type="submit" className={button}>
              {t("filter.show")}
            </button>
          </form>
        </div>
      </section>

      {scope.kind === "none" ? <p className="text-lg">{t("none")}</p> : null}
      {scope.kind !== "none" && !scoped ? (
        <p role="alert" className="text-lg font-semibold text-brand-dark">
          {t("notFound")}
        </p>
      ) : null}

      {scoped ? (
        <section aria-labelledby="figures-heading" className="space-y-4">
          <h2 id="figures-heading" className="text-2xl font-bold">
            {t("figures.heading")}: {scopeLabel}
          </h2>
          <ReportFigures report={scoped.report} locale={locale} idPrefix="report" />
          {scoped.marketDay ? (
            <p>
              <Link
                href={`/admin/reports/market-days/${scoped.marketDay.slug}/summary`}
                className="inline-flex min-h-11 items-center text-lg text-brand underline"
              >
                {t("summary.link")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {scoped ? (
        <section aria-labelledby="unit-figures-heading" className="space-y-3">
          <h2 id="unit-figures-heading" className="text-2xl font-bold">
            {unitText("figures.heading")}: {scopeLabel}
          </h2>
          <UnitFiguresTable locale={locale} rows={units} />
        </section>
      ) : null}

      {can(actor.role, "report.export") ? (
        <section
          aria-labelledby="export-heading"
          className="space-y-3 rounded-lg border-2 border-ink bg-white p-4 print:hidden"
        >
          <h2 id="export-heading" className="text-2xl font-bold">
            {t("export.heading")}
          </h2>
          <p id="export-hint">{t("export.hint")}</p>
          <form method="get" action="/api/admin/reports/wishes.csv" className="space-y-3">
            {Object.entries(exportParams).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <div>
              <label htmlFor="export-lang" className="block text-lg font-semibold">
                {t("export.language")}
              </label>
              {/* The page's language by default; Chinese is what goes to the subdistrict. */}
              <select
                id="export-lang"
                name="lang"
                defaultValue={locale === "en" ? "en" : "zh"}
                className="mt-1 block min-h-12 rounded border-2 border-ink bg-white px-3 text-lg"
              >
                <option value="zh">{t("export.zh")}</option>
                <option value="en">{t("export.en")}</option>
                <option value="codes">{t("export.codes")}</option>
              </select>
            </div>
            {can(actor.role, "report.exportPersonal") ? (
              <div className="flex items-start gap-3">
                <input
                  id="export-personal"
                  name="personal"
                  value="1"
                  type="checkbox"
                  className="mt-1 size-6 shrink-0 accent-brand"
                />
                <label htmlFor="export-personal" className="text-lg">
                  {t("export.personal")}
                </label>
              </div>
            ) : null}
            <button type="submit" aria-describedby="export-hint" className={button}>
              {t("export.submit")}
            </button>
          </form>
          {/* Names and phones need the password again within five minutes (lib/auth/reauthenticate-staff.ts). */}
          {can(actor.role, "report.exportPersonal") ? (
            <ReauthForm
              locale={locale}
              mfaEnabled={actor.mfaEnabled}
              purpose={(await getTranslations({ locale, namespace: "adminAuth" }))("reauth.exportPurpose")}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
