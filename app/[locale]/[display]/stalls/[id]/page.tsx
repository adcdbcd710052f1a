import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MarketDayDate } from "@/components/market-day-date";
import { PageTop } from "@/components/page-top";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { LocaleLink } from "@/components/locale-link";
import { localized } from "@/lib/i18n/localized";
import { getStall, type StallDetail } from "@/lib/stalls/queries";
import { isUuid } from "@/lib/uuid";

type Props = PageProps<"/[locale]/[display]/stalls/[id]">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

/** The stall, or a 404 for a malformed id (PostgreSQL would reject it with an error). */
async function loadStall(params: Props["params"]): Promise<StallDetail> {
  const { id } = await params;
  const stall = isUuid(id) ? await getStall(id) : null;
  if (!stall) notFound();
  return stall;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await publicPage(params);
  const stall = await loadStall(params);
  return {
    title: localized(locale, stall.name, stall.nameEn),
    description: localized(locale, stall.description ?? "", stall.descriptionEn) || undefined,
  };
}

export default async function StallPage({ params }: Props) {
  const { locale, display } = await publicPage(params);
  const stall = await loadStall(params);
  const t = await getTranslations({ locale, namespace: "stalls" });
  const labels = await getTranslations({ locale, namespace: "marketDays" });
  const site = await getTranslations({ locale, namespace: "site" });
  const name = localized(locale, stall.name, stall.nameEn);
  const services = locale === "en" && stall.servicesEn.length > 0 ? stall.servicesEn : stall.services;
  const hostNote = stall.hostNote ? localized(locale, stall.hostNote, stall.hostNoteEn) : null;
  const description = stall.description ? localized(locale, stall.description, stall.descriptionEn) : null;
  // Wishes go to the stall's latest market day (appearances are latest first).
  const latest = stall.appearances[0] ?? { ...stall.marketDay, stallId: stall.id };
  const wishHref = `/wishes/new?${new URLSearchParams({ marketDay: latest.slug, stall: latest.stallId }).toString()}`;
  const link = "inline-flex min-h-11 items-center text-brand underline";
  const separator = locale === "en" ? ", " : "、";

  return (
    <div className="space-y-8">
      <PageTop
        locale={locale}
        display={display}
        path={`/stalls/${stall.id}`}
        trail={[{ label: site("nav.stalls"), href: "/stalls" }, { label: name }]}
        title={name}
      />
      <dl className="space-y-1 text-lg">
        <div>
          <dt className="inline font-semibold">{t("marketDay")}</dt>
          <dd className="inline">
            <LocaleLink locale={locale} href={`/market-days/${stall.marketDay.slug}`} className="text-brand underline">
              {localized(locale, stall.marketDay.title, stall.marketDay.titleEn)}
            </LocaleLink>{" "}
            · <MarketDayDate locale={locale} date={stall.marketDay.startsAt} /> ·{" "}
            {t("stallNumber", { number: stall.number })}
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("category")}</dt>
          <dd className="inline">{labels(`category.${stall.category}`)}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("audiences")}</dt>
          <dd className="inline">{stall.audiences.map((a) => labels(`audience.${a}`)).join(separator)}</dd>
        </div>
      </dl>

      {description ? (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-2xl font-bold">
            {t("detail.about")}
          </h2>
          <p className="mt-2">{description}</p>
        </section>
      ) : null}

      <section aria-labelledby="services-heading">
        <h2 id="services-heading" className="text-2xl font-bold">
          {t("detail.servicesHeading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {services.map((service) => (
            <li key={service}>{service}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="hosts-heading">
        <h2 id="hosts-heading" className="text-2xl font-bold">
          {t("detail.hostsHeading")}
        </h2>
        {stall.hosts.length > 0 ? (
          <ul className="mt-2 space-y-1">
            {stall.hosts.map((host) => (
              <li key={host.id}>
                <LocaleLink locale={locale} href={`/organizations/${host.id}`} className={link}>
                  {localized(locale, host.name, host.nameEn)}
                </LocaleLink>{" "}
                <span className="text-muted">· {labels(`organizationType.${host.type}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("detail.noHosts")}</p>
        )}
        {hostNote ? (
          <p className="mt-2">
            <span className="font-semibold">{t("detail.hostNote")}</span>
            {hostNote}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="actions-heading" className="rounded-lg border-2 border-brand bg-white p-4">
        <h2 id="actions-heading" className="text-2xl font-bold">
          {t("detail.actionsHeading")}
        </h2>
        <p className="mt-2">{t("detail.submitWishNote", { title: localized(locale, latest.title, latest.titleEn) })}</p>
        <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <LocaleLink
            locale={locale}
            href={wishHref}
            className="inline-flex min-h-14 items-center justify-center rounded-lg bg-brand px-6 py-2 text-center text-xl font-bold text-white no-underline hover:bg-brand-dark"
          >
            {t("detail.submitWish")}
          </LocaleLink>
          <LocaleLink
            locale={locale}
            href={`/market-days/${stall.marketDay.slug}/stalls/${stall.id}/poster`}
            className="inline-flex min-h-14 items-center justify-center rounded-lg border-2 border-brand bg-white px-6 py-2 text-center text-lg font-bold text-brand no-underline"
          >
            {t("detail.poster")}
          </LocaleLink>
        </div>
      </section>

      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading" className="text-2xl font-bold">
          {t("detail.appearancesHeading")}
        </h2>
        <ul className="mt-2 space-y-1">
          {stall.appearances.map((day) => (
            <li key={day.stallId}>
              <LocaleLink locale={locale} href={`/market-days/${day.slug}`} className={link}>
                {localized(locale, day.title, day.titleEn)}
              </LocaleLink>{" "}
              · <MarketDayDate locale={locale} date={day.startsAt} />
              {day.status === "CANCELLED" ? ` · ${labels("cancelled")}` : null}
              {day.stallId === stall.id ? <span className="text-muted"> {t("detail.thisPage")}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
