import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageTop } from "@/components/page-top";
import { WishWallCard } from "@/components/wish-wall-card";
import { WishWallFilter } from "@/components/wish-wall-filter";
import { WishStatus } from "@/lib/db/generated/enums";
import { publicPage } from "@/lib/display/page-guard";
import { LocaleLink } from "@/components/locale-link";
import { localized } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import { countPublicWishes, listPublicWishes, listWallMarketDays } from "@/lib/wishes/public-wall";
import { parseWallFilter, wallPath } from "@/lib/wishes/wall-filter";
import { supportWishAction } from "./actions";

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/[display]/wishes">): Promise<Metadata> {
  const { locale } = await params;
  const filter = parseWallFilter(await searchParams);
  const t = await getTranslations({ locale, namespace: "wall" });
  const filtered = Boolean(filter.marketDay || filter.state || filter.after);
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: localePath(locale, "/wishes"), languages: { "zh-CN": "/wishes", en: "/en/wishes" } },
    // Filtered and later pages are variations of the wall: keep them out of search engines.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

// Rendered per request (it reads the query); the data underneath comes from the
// cached queries in lib/wishes/public-wall.ts.
export default async function WishWallPage({ params, searchParams }: PageProps<"/[locale]/[display]/wishes">) {
  const { locale, display } = await publicPage(params);
  const filter = parseWallFilter(await searchParams);
  const t = await getTranslations({ locale, namespace: "wall" });
  const labels = await getTranslations({ locale, namespace: "track" });
  const [page, counts, marketDays] = await Promise.all([
    listPublicWishes(filter),
    countPublicWishes(filter.marketDay),
    listWallMarketDays(),
  ]);
  const chosenDay = marketDays.find((d) => d.slug === filter.marketDay);
  const summary = [
    chosenDay ? localized(locale, chosenDay.title, chosenDay.titleEn) : null,
    filter.state ? labels(`status.${filter.state}`) : null,
  ].filter((part): part is string => part !== null);
  const link = "inline-flex min-h-11 items-center text-brand underline";

  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path={wallPath(filter, filter.after)}
        trail={[{ label: t("title") }]}
        title={t("title")}
      />
      <p className="text-lg">{t("intro")}</p>

      <section aria-labelledby="wall-counts-heading">
        <h2 id="wall-counts-heading" className="text-2xl font-bold">
          {t("countsHeading")}
        </h2>
        <dl aria-label={t("countsLabel")} className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
          <div className="rounded-lg border border-neutral-300 bg-white p-3 text-center">
            <dt className="font-semibold">{t("total")}</dt>
            <dd className="text-3xl font-bold text-brand">{counts.total}</dd>
          </div>
          {Object.values(WishStatus).map((status) => (
            <div key={status} className="rounded-lg border border-neutral-300 bg-white p-3 text-center">
              <dt className="font-semibold">{labels(`status.${status}`)}</dt>
              <dd className="text-3xl font-bold">{counts[status]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <WishWallFilter locale={locale} filter={filter} marketDays={marketDays} />

      <section aria-labelledby="wall-list-heading">
        <h2 id="wall-list-heading" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        {summary.length > 0 ? (
          <p className="mt-1">
            <span className="font-semibold">{t("currentFilter")}</span>
            {summary.join(" · ")}{" "}
            <LocaleLink locale={locale} href="/wishes" className={link}>
              {t("clear")}
            </LocaleLink>
          </p>
        ) : null}
        {page.wishes.length === 0 ? (
          <p className="mt-3 rounded-lg border-2 border-ink bg-white p-4 text-lg">{t("empty")}</p>
        ) : (
          // The "me too" buttons are client components: they get their texts here.
          <ClientMessages locale={locale} namespaces={["forms", "wall"]}>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {page.wishes.map((wish) => (
                <li key={wish.id}>
                  <WishWallCard locale={locale} wish={wish} meTooAction={supportWishAction} />
                </li>
              ))}
            </ul>
          </ClientMessages>
        )}
        {page.next || filter.after ? (
          <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap gap-x-6">
            {page.next ? (
              <LocaleLink
                locale={locale}
                href={wallPath(filter, page.next)}
                rel="next"
                className={`${link} text-lg font-semibold`}
              >
                {t("next")}
              </LocaleLink>
            ) : null}
            {filter.after ? (
              <LocaleLink locale={locale} href={wallPath(filter)} className={link}>
                {t("first")}
              </LocaleLink>
            ) : null}
          </nav>
        ) : null}
      </section>

      <ul className="flex flex-wrap gap-x-6">
        <li>
          <LocaleLink locale={locale} href="/wishes/track" className={link}>
            {t("track")}
          </LocaleLink>
        </li>
        <li>
          <LocaleLink locale={locale} href="/wishes/new" className={link}>
            {t("submitWish")}
          </LocaleLink>
        </li>
      </ul>
    </div>
  );
}
