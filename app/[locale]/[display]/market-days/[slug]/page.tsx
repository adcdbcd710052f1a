import type { Metadata } from "next";
import { LocaleLink } from "@/components/locale-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyTextButton } from "@/components/copy-text-button";
import { Figures } from "@/components/figures";
import { JsonLd } from "@/components/json-ld";
import { MarketDayOrganizations } from "@/components/market-day-organizations";
import { MarketDayServiceIndex, MarketDayStalls } from "@/components/market-day-stalls";
import { PageTop } from "@/components/page-top";
import { isDisplayMode } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { env } from "@/lib/env";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import { mapLinks } from "@/lib/market-days/map-links";
import { marketDayPageMetadata } from "@/lib/market-days/page-metadata";
import { localePath } from "@/lib/i18n/paths";
import { marketDayPath } from "@/lib/market-days/public-url";
import { getMarketDay } from "@/lib/market-days/queries";
import { marketDayEventJsonLd } from "@/lib/market-days/structured-data";
import { whenWhereText } from "@/lib/market-days/when-where-text";
import { getMarketDayWishFigures } from "@/lib/wishes/public-figures";

// One placeholder slug: Cache Components prerenders one param set at build time,
// and the placeholder display mode makes publicPage() 404 before any database read.
export function generateStaticParams() {
  return [{ slug: "_" }];
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/[display]/market-days/[slug]">): Promise<Metadata> {
  const { locale, display, slug } = await params;
  // The build placeholder must not reach the database.
  if (!isDisplayMode(display)) return {};
  const day = await getMarketDay(slug);
  if (!day) return {};
  const site = await getTranslations({ locale, namespace: "site" });
  const title = localized(locale, day.title, day.titleEn);
  const when = formatDateRange(locale, day.startsAt, day.endsAt);
  const place = localized(locale, day.place, day.placeEn);
  return marketDayPageMetadata({
    locale,
    path: marketDayPath(day.slug),
    title,
    description: `${localized(locale, day.theme, day.themeEn)} · ${when} · ${place}`,
    siteName: site("name"),
    type: "article",
    publishedTime: day.publishedAt,
    modifiedTime: day.updatedAt,
  });
}

export default async function MarketDayPage({ params }: PageProps<"/[locale]/[display]/market-days/[slug]">) {
  const { locale, display } = await publicPage(params);
  const { slug } = await params;
  const day = await getMarketDay(slug);
  if (!day) notFound();
  const [t, figures] = await Promise.all([
    getTranslations({ locale, namespace: "marketDays" }),
    day.isPast ? getMarketDayWishFigures(day.id) : null,
  ]);

  const title = localized(locale, day.title, day.titleEn);
  const place = localized(locale, day.place, day.placeEn);
  const address = day.address ? localized(locale, day.address, day.addressEn) : null;
  const description = day.description ? localized(locale, day.description, day.descriptionEn) : null;
  const maps = mapLinks(day.place, day.address);
  const cancelled = day.status === "CANCELLED";
  const linkClass = "inline-flex min-h-11 items-center text-brand underline";

  return (
    <div className="space-y-8">
      <JsonLd data={marketDayEventJsonLd(day, locale, env.HUIYIN_PUBLIC_URL)} />
      <PageTop
        locale={locale}
        display={display}
        path={marketDayPath(day.slug)}
        trail={[{ label: t("listTitle"), href: "/market-days" }, { label: title }]}
        title={title}
      />
      <p className="-mt-4 text-xl">{localized(locale, day.theme, day.themeEn)}</p>
      {cancelled ? (
        <p role="status" className="rounded-lg border-2 border-ink bg-white p-4 text-xl font-bold">
          {t("cancelledNotice")}
        </p>
      ) : null}

      <section aria-labelledby="when-where-heading" className="rounded-lg border-2 border-brand bg-white p-4 sm:p-5">
        <h2 id="when-where-heading" className="text-2xl font-bold">
          {t("whenWhere")}
        </h2>
        <p className="mt-2">
          <span className="font-semibold">{t("when")}</span>
          <time dateTime={day.startsAt.toISOString()}>{formatDateRange(locale, day.startsAt, day.endsAt)}</time>{" "}
          <span className="text-muted">{t("timeZoneNote")}</span>
        </p>
        <p>
          <span className="font-semibold">{t("where")}</span>
          {place}
          {address && address !== place ? <span className="block text-muted">{address}</span> : null}
        </p>
        {/* Same tab, no popup: the phone hands the link to the map app if one is installed. */}
        <ul className="mt-2 flex flex-wrap gap-x-6">
          <li>
            <a href={maps.amap} className={linkClass}>
              {t("openInAmap")}
            </a>
          </li>
          <li>
            <a href={maps.baidu} className={linkClass}>
              {t("openInBaidu")}
            </a>
          </li>
        </ul>
        <p className="mt-2">{day.stalls.length > 0 ? t("stallsIntro", { count: day.stalls.length }) : t("noStalls")}</p>
        {!day.isPast && !cancelled ? (
          <div className="mt-3">
            <CopyTextButton
              text={whenWhereText(day, locale, {
                when: t("when"),
                where: t("where"),
                timeZoneNote: t("timeZoneNote"),
              })}
              label={t("copyWhenWhere")}
              copied={t("copied")}
              failed={t("copyFailed")}
              alongside={
                // A plain link: the .ics is a file from a route handler, not a page.
                <a
                  href={localePath(locale, `${marketDayPath(day.slug)}/calendar.ics`)}
                  type="text/calendar"
                  className="inline-flex min-h-11 items-center rounded-lg bg-brand px-5 font-bold text-white no-underline hover:bg-brand-dark"
                >
                  {t("addToCalendar")}
                </a>
              }
            />
            <p className="mt-1 text-base text-muted">{t("addToCalendarNote")}</p>
            {/* For residents without a calendar app: a message the day before (issue 13). */}
            <p className="mt-2">
              <LocaleLink
                locale={locale}
                href="/reminders"
                className="inline-flex min-h-11 items-center font-bold text-brand underline"
              >
                {t("remindMe")}
              </LocaleLink>
            </p>
          </div>
        ) : null}
      </section>

      <MarketDayServiceIndex locale={locale} stalls={day.stalls} />

      {description ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-2xl font-bold">
            {t("about")}
          </h2>
          <p className="mt-2 whitespace-pre-line">{description}</p>
        </section>
      ) : null}

      {figures ? (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading" className="text-2xl font-bold">
            {t("outcome")}
          </h2>
          <p className="mb-3 text-muted">{t("outcomeNote")}</p>
          <Figures locale={locale} figures={figures} label={t("outcome")} />
          {day.visitorCount !== null ? (
            <p className="mt-3 text-lg">{t("visitors", { count: day.visitorCount })}</p>
          ) : null}
        </section>
      ) : null}

      {day.organizations.length > 0 ? (
        <section aria-labelledby="organizers-heading">
          <h2 id="organizers-heading" className="text-2xl font-bold">
            {t("organizers")}
          </h2>
          <div className="mt-2">
            <MarketDayOrganizations locale={locale} organizations={day.organizations} />
          </div>
        </section>
      ) : null}

      <MarketDayStalls locale={locale} slug={day.slug} stalls={day.stalls} />
    </div>
  );
}
