import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Figures } from "@/components/figures";
import { MarketDayCard } from "@/components/market-day-card";
import { PageTop } from "@/components/page-top";
import { publicPage } from "@/lib/display/page-guard";
import { languageAlternates } from "@/lib/i18n/alternates";
import { LocaleLink } from "@/components/locale-link";
import { listMarketDays } from "@/lib/market-days/queries";
import { getCommunityWishFigures } from "@/lib/wishes/public-figures";

export async function generateMetadata({ params }: PageProps<"/[locale]/[display]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return { title: { absolute: t("title") }, alternates: languageAlternates(locale, "/") };
}

export default async function HomePage({ params }: PageProps<"/[locale]/[display]">) {
  const { locale, display } = await publicPage(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const [lists, figures] = await Promise.all([listMarketDays(), getCommunityWishFigures()]);
  const featured = lists.featured;
  const isUpcoming = featured ? lists.upcoming.some((d) => d.id === featured.id) : false;
  const others = (list: typeof lists.upcoming) => list.filter((d) => d.id !== featured?.id);

  return (
    <div className="space-y-8">
      <PageTop locale={locale} display={display} path="/" trail={[]} title={t("motto")} />
      <p className="text-lg">{t("intro")}</p>

      <section aria-labelledby="featured-heading" className="rounded-lg border-2 border-brand bg-white p-5">
        <h2 id="featured-heading" className="text-2xl font-bold">
          {isUpcoming ? t("nextMarketDay") : t("latestMarketDay")}
        </h2>
        <div className="mt-3">
          {featured ? <MarketDayCard locale={locale} day={featured} /> : <p>{t("noMarketDay")}</p>}
        </div>
      </section>

      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="text-2xl font-bold">
          {t("actions")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <LocaleLink
            locale={locale}
            href="/wishes/new"
            className="flex min-h-16 items-center justify-center rounded-lg bg-brand px-6 py-3 text-center text-xl font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t("submitWish")}
          </LocaleLink>
          {/* Straight into the form with the kind chosen: a resident who needs an
              escort or a service need not recognise it among four kinds. */}
          {(["assistance", "service"] as const).map((kind) => (
            <LocaleLink
              key={kind}
              locale={locale}
              href={`/wishes/new?kind=${kind}`}
              className="flex min-h-16 flex-col justify-center rounded-lg border-2 border-brand bg-white px-6 py-3 text-brand no-underline hover:bg-paper"
            >
              <span className="text-xl font-bold">{t(kind)}</span>
              <span className="text-base text-ink">{t(`${kind}Hint`)}</span>
            </LocaleLink>
          ))}
          <LocaleLink
            locale={locale}
            href="/wishes/track"
            className="flex min-h-16 items-center justify-center rounded-lg border-2 border-brand bg-white px-6 text-xl font-bold text-brand no-underline"
          >
            {t("trackWish")}
          </LocaleLink>
        </div>
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="text-2xl font-bold">
          {t("figures")}
        </h2>
        <p className="mb-3 text-muted">{t("figuresNote")}</p>
        <Figures locale={locale} figures={figures} label={t("figures")} />
      </section>

      {others(lists.upcoming).length > 0 ? (
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading" className="text-2xl font-bold">
            {t("upcoming")}
          </h2>
          <div className="mt-3 grid gap-4">
            {others(lists.upcoming).map((day) => (
              <MarketDayCard key={day.id} locale={locale} day={day} />
            ))}
          </div>
        </section>
      ) : null}

      {others(lists.past).length > 0 ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading" className="text-2xl font-bold">
            {t("past")}
          </h2>
          <div className="mt-3 grid gap-4">
            {others(lists.past).map((day) => (
              <MarketDayCard key={day.id} locale={locale} day={day} />
            ))}
          </div>
        </section>
      ) : null}
      <p>
        <LocaleLink
          locale={locale}
          href="/market-days"
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {t("allMarketDays")}
        </LocaleLink>
      </p>
    </div>
  );
}
