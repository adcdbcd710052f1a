import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import type { MarketDayCard as Card } from "@/lib/market-days/queries";

export async function MarketDayCard({
  locale,
  day,
  headingLevel = 3,
}: {
  locale: string;
  day: Card;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-neutral-300 bg-white p-4">
      <Heading className="text-xl font-bold">
        <LocaleLink locale={locale} href={`/market-days/${day.slug}`} className="text-brand underline">
          {localized(locale, day.title, day.titleEn)}
        </LocaleLink>
        {/* The space lets the badge wrap to its own line: glued to the title's last
            word, the pair could not break and pushed a 320 px page sideways in large text. */}
        {day.status === "CANCELLED" ? (
          <>
            {" "}
            <span className="inline-block rounded bg-ink px-2 py-0.5 text-base font-semibold text-white">
              {t("cancelled")}
            </span>
          </>
        ) : null}
      </Heading>
      <p className="mt-1">{localized(locale, day.theme, day.themeEn)}</p>
      <p className="mt-1">
        <span className="font-semibold">{t("when")}</span>
        <time dateTime={day.startsAt.toISOString()}>{formatDateRange(locale, day.startsAt, day.endsAt)}</time>
      </p>
      <p>
        <span className="font-semibold">{t("where")}</span>
        {localized(locale, day.place, day.placeEn)}
      </p>
      <p className="text-muted">{t("stallCount", { count: day.stallCount })}</p>
    </article>
  );
}
