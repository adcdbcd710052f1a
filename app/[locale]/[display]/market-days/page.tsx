import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MarketDayCard } from "@/components/market-day-card";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { listMarketDays } from "@/lib/market-days/queries";
import { marketDayPageMetadata } from "@/lib/market-days/page-metadata";
import { localePath } from "@/lib/i18n/paths";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]/market-days">): Promise<Metadata> {
  const { locale } = await params;
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "marketDays" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const metadata = marketDayPageMetadata({
    locale,
    path: "/market-days",
    title: t("listHeading"),
    description: t("listDescription"),
    siteName: site("name"),
    type: "website",
  });
  // Feed readers and browsers discover the Atom feed from this page.
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: t("feedTitle") }] },
    },
  };
}

export default async function MarketDaysPage({ params }: PageProps<"/[locale]/[display]/market-days">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const { upcoming, past } = await listMarketDays();

  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path="/market-days"
        trail={[{ label: t("listTitle") }]}
        title={t("listHeading")}
      />
      <p className="text-lg">{t("listIntro")}</p>

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-2xl font-bold">
          {t("upcoming")}
        </h2>
        {upcoming.length > 0 ? (
          <div className="mt-3 grid gap-4">
            {upcoming.map((day) => (
              <MarketDayCard key={day.id} locale={locale} day={day} />
            ))}
          </div>
        ) : (
          <p className="mt-3">{t("noUpcoming")}</p>
        )}
      </section>

      <section aria-labelledby="past-heading">
        <h2 id="past-heading" className="text-2xl font-bold">
          {t("past")}
        </h2>
        {past.length > 0 ? (
          <div className="mt-3 grid gap-4">
            {past.map((day) => (
              <MarketDayCard key={day.id} locale={locale} day={day} />
            ))}
          </div>
        ) : (
          <p className="mt-3">{t("noPast")}</p>
        )}
      </section>

      <section aria-labelledby="keep-updated-heading">
        <h2 id="keep-updated-heading" className="text-2xl font-bold">
          {t("keepUpdated")}
        </h2>
        {/* Plain links: these are files (route handlers), not pages to navigate to client-side. */}
        <ul className="mt-3 space-y-2">
          <li>
            <a
              href={localePath(locale, "/calendar.ics")}
              type="text/calendar"
              className="inline-flex min-h-11 items-center text-brand underline"
            >
              {t("subscribeCalendar")}
            </a>
          </li>
          <li>
            <a
              href={localePath(locale, "/feed.xml")}
              type="application/atom+xml"
              className="inline-flex min-h-11 items-center text-brand underline"
            >
              {t("subscribeFeed")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
