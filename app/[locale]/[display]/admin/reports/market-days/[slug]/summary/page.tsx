import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/session";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { getMarketDaySummary } from "@/lib/reports/market-day-summary";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { StallTable } from "@/components/admin/reports/stall-table";
import { ReportFigures } from "../../../report-figures";

type Props = PageProps<"/[locale]/[display]/admin/reports/market-days/[slug]/summary">;

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminReports" });
  return { title: t("summary.title"), robots: { index: false, follow: false } };
}

// Printing shows the summary alone on one A4 page: everything else on the screen
// (dashboard header, site header and footer, the buttons) is hidden, black on white.
const PRINT_CSS = `
@media print {
  @page { size: A4 portrait; margin: 14mm; }
  body * { visibility: hidden; }
  #market-day-summary, #market-day-summary * { visibility: visible; }
  #market-day-summary { position: absolute; inset: 0 auto auto 0; width: 100%; color: #000; background: #fff; font-size: 11pt; }
  #market-day-summary h1 { font-size: 18pt; }
  #market-day-summary h2 { font-size: 13pt; }
  #market-day-summary .summary-screen-only { display: none; }
  #market-day-summary svg { max-height: 62mm; }
  #market-day-summary section { break-inside: avoid; }
}`;

export default async function MarketDaySummaryPage({ params }: Props) {
  const { locale } = await publicPage(params);
  const actor = await requireStaffPage("report.view");
  const { slug } = await params;
  const summary = await getMarketDaySummary(actor, slug);
  if (!summary) notFound();
  const t = await getTranslations({ locale, namespace: "adminReports" });
  const en = locale === "en";
  const { marketDay, community, report } = summary;
  const place = en && marketDay.placeEn ? marketDay.placeEn : marketDay.place;
  const subdistrict = [community.district, community.subdistrict].filter(Boolean).join(" ") || community.name;
  return (
    <article
      id="market-day-summary"
      className="mx-auto max-w-4xl space-y-6 bg-white p-4 text-ink"
      aria-labelledby="summary-title"
    >
      <style>{PRINT_CSS}</style>
      <div className="summary-screen-only flex flex-wrap gap-4 print:hidden">
        <Link
          href={`/admin/reports?marketDay=${marketDay.slug}`}
          className="inline-flex min-h-11 items-center text-lg text-brand underline"
        >
          <span aria-hidden="true">←&nbsp;</span>
          {t("summary.back")}
        </Link>
        <p className="self-center text-muted">{t("summary.printHint")}</p>
      </div>
      <header className="space-y-1 border-b-2 border-ink pb-3">
        <p className="text-lg">{t("summary.for", { subdistrict })}</p>
        <h1 id="summary-title" className="text-3xl font-bold">
          {t("summary.titleFor", { title: en && marketDay.titleEn ? marketDay.titleEn : marketDay.title })}
        </h1>
        <p className="text-lg">
          {shanghaiDateText(locale, marketDay.startsAt).text} · {place} ·{" "}
          {t("summary.stalls", { count: marketDay.stallCount })}
          {marketDay.visitorCount ? ` · ${t("summary.visitors", { count: marketDay.visitorCount })}` : null}
        </p>
        <p className="text-base">{en && community.nameEn ? community.nameEn : community.name}</p>
      </header>
      <p className="text-lg font-semibold">
        {t("summary.highlight", {
          collected: report.collected,
          handledOnSite: report.handledOnSite,
          referred: report.referred,
          escalated: report.escalated,
          settled: report.settled,
        })}
      </p>
      <section aria-labelledby="summary-figures" className="space-y-3">
        <h2 id="summary-figures" className="text-2xl font-bold">
          {t("summary.figuresHeading")}
        </h2>
        <ReportFigures report={report} locale={locale} idPrefix="summary" />
      </section>
      <section aria-labelledby="summary-council" className="space-y-2">
        <h2 id="summary-council" className="text-2xl font-bold">
          {t("summary.councilHeading")}
        </h2>
        {summary.councilTopics.length === 0 ? (
          <p>{t("summary.noCouncil")}</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-6">
            {summary.councilTopics.map((item) => {
              const decision = en && item.decisionEn ? item.decisionEn : item.decision;
              return (
                <li key={item.id}>
                  <strong>{en && item.topicEn ? item.topicEn : item.topic}</strong> (
                  {t("summary.councilWishes", { count: item.wishCount })})<p>{decision ?? t("summary.pending")}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <StallTable summary={summary} locale={locale} />
      <section aria-labelledby="summary-signature" className="space-y-4">
        <h2 id="summary-signature" className="text-2xl font-bold">
          {t("summary.signatureHeading")}
        </h2>
        {/* Lines to sign on paper: the summary goes to the subdistrict signed and sealed. */}
        <div className="grid gap-6 text-lg sm:grid-cols-3">
          {(["signedBy", "approvedBy", "signedOn"] as const).map((key) => (
            <p key={key} className="border-b-2 border-ink pb-8">
              {t(`summary.${key}`)}
            </p>
          ))}
        </div>
        <p className="text-right text-lg">{t("summary.seal")}</p>
      </section>
      <p className="text-sm text-muted">
        {t("summary.generated", { date: shanghaiDateText(locale, new Date()).text })}
      </p>
    </article>
  );
}
