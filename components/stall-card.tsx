import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { localized } from "@/lib/i18n/localized";
import type { DirectoryEntry } from "@/lib/stalls/queries";
import { MarketDayDate } from "./market-day-date";

/** One stall in the directory: what it offers, for whom, who runs it and when. */
export async function StallCard({ locale, stall }: { locale: string; stall: DirectoryEntry }) {
  const t = await getTranslations({ locale, namespace: "stalls" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const services = locale === "en" && stall.servicesEn.length > 0 ? stall.servicesEn : stall.services;
  const hosts = stall.hosts.map((h) => localized(locale, h.name, h.nameEn));
  const hostText =
    hosts.length > 0
      ? hosts.join(locale === "en" ? "; " : "、")
      : localized(locale, stall.hostNote ?? "", stall.hostNoteEn);
  const separator = locale === "en" ? ", " : "、";
  return (
    <article className="rounded-lg border border-neutral-300 bg-white p-4">
      <h3 className="text-xl font-bold">
        <LocaleLink
          locale={locale}
          href={`/stalls/${stall.id}`}
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {localized(locale, stall.name, stall.nameEn)}
        </LocaleLink>
      </h3>
      <p className="text-muted">
        {t("stallNumber", { number: stall.number })} · {labels(`category.${stall.category}`)}
      </p>
      <dl className="mt-2 space-y-1">
        <div>
          <dt className="inline font-semibold">{t("marketDay")}</dt>
          <dd className="inline">
            {localized(locale, stall.marketDay.title, stall.marketDay.titleEn)} ·{" "}
            <MarketDayDate locale={locale} date={stall.marketDay.startsAt} />
          </dd>
        </div>
        {hostText ? (
          <div>
            <dt className="inline font-semibold">{t("hosts")}</dt>
            <dd className="inline">{hostText}</dd>
          </div>
        ) : null}
        <div>
          <dt className="inline font-semibold">{t("audiences")}</dt>
          <dd className="inline">{stall.audiences.map((a) => labels(`audience.${a}`)).join(separator)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("services")}</dt>
          <dd className="inline">{services.join(separator)}</dd>
        </div>
      </dl>
    </article>
  );
}
