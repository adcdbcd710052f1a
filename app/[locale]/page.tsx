import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import { getFeaturedMarketDay } from "@/lib/market-days/queries";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  await connection();
  // Rounded to the hour so the cached query is shared by every request in that hour.
  const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const featured = await getFeaturedMarketDay(hour);
  const isUpcoming = featured ? featured.endsAt >= hour : false;

  return (
    <div className="space-y-8">
      <section aria-labelledby="motto" className="rounded-lg bg-white p-6 shadow-sm">
        <h1 id="motto" className="text-3xl font-bold text-brand">
          {t("motto")}
        </h1>
        <p className="mt-3 text-lg">{t("intro")}</p>
      </section>

      <section aria-labelledby="featured" className="rounded-lg border-2 border-brand bg-white p-6">
        <h2 id="featured" className="text-2xl font-bold">
          {isUpcoming ? t("nextMarketDay") : t("latestMarketDay")}
        </h2>
        {featured ? (
          <div className="mt-3 space-y-2">
            <p className="text-xl font-semibold">{localized(locale, featured.title, featured.titleEn)}</p>
            <p>{localized(locale, featured.theme, featured.themeEn)}</p>
            <p>
              <span className="font-semibold">{t("when")}</span>
              {formatDateRange(locale, featured.startsAt, featured.endsAt)}
            </p>
            <p>
              <span className="font-semibold">{t("where")}</span>
              {localized(locale, featured.place, featured.placeEn)}
            </p>
          </div>
        ) : (
          <p className="mt-3">{t("noMarketDay")}</p>
        )}
      </section>

      <section aria-labelledby="actions">
        <h2 id="actions" className="text-2xl font-bold">
          {t("actions")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Link
            href="/wishes/new"
            className="flex min-h-16 items-center justify-center rounded-lg bg-brand px-6 text-xl font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t("submitWish")}
          </Link>
          <Link
            href="/wishes/track"
            className="flex min-h-16 items-center justify-center rounded-lg border-2 border-brand bg-white px-6 text-xl font-bold text-brand no-underline"
          >
            {t("trackWish")}
          </Link>
        </div>
      </section>
    </div>
  );
}
