// The notice above the wish form when a poster's market day is over (see
// lib/wishes/wish-place-on-arrival.ts). A server component: /wishes/new has a
// tight JavaScript budget, and the notice needs none. Its texts live in the
// marketDays namespace, not wishForm, whose messages all ship to the browser.
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import type { MarketDayCard } from "@/lib/market-days/queries";
import { formatShanghaiDate } from "@/lib/time/shanghai";
import type { WishPlace } from "@/lib/wishes/wish-place";

export async function MarketDayOverNotice({
  locale,
  over,
  next,
  movedToToday,
}: {
  locale: string;
  over: WishPlace;
  next: MarketDayCard | null;
  /** The wish goes to today's stall of the same kind (the form says which). */
  movedToToday: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "marketDays.overOnWishForm" });
  const link = "font-bold text-brand underline";
  return (
    <section
      aria-labelledby="market-day-over"
      className="space-y-2 rounded-lg border-2 border-ink bg-white p-4 text-lg"
      data-testid="market-day-over"
    >
      <h2 id="market-day-over" className="text-xl font-bold">
        {t("title", { date: formatShanghaiDate(locale, over.marketDay.endsAt) })}
      </h2>
      <p>{t("was", { marketDay: localized(locale, over.marketDay.title, over.marketDay.titleEn) })}</p>
      {next ? (
        <p data-testid="next-market-day">
          {t("next")}{" "}
          <LocaleLink locale={locale} href={`/market-days/${next.slug}`} className={link}>
            {localized(locale, next.title, next.titleEn)}
          </LocaleLink>
          {t("separator")}
          <time dateTime={next.startsAt.toISOString()}>{formatDateRange(locale, next.startsAt, next.endsAt)}</time>
        </p>
      ) : (
        <p>
          {t("noNext")}{" "}
          <LocaleLink locale={locale} href="/market-days" className={link}>
            {t("allMarketDays")}
          </LocaleLink>
        </p>
      )}
      <p>{t("stillSubmit")}</p>
      {over.stall && !movedToToday ? (
        <p className="text-muted">
          {t("aboutStall", { stall: localized(locale, over.stall.name, over.stall.nameEn) })}
        </p>
      ) : null}
    </section>
  );
}
