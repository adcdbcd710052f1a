import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";
import { localized } from "@/lib/i18n/localized";
import { StallCategory } from "@/lib/db/generated/enums";
import type { StallSummary } from "@/lib/market-days/queries";

// The schema's order of categories (listening first, then welfare, legal …) is
// the order residents meet them in the market's own programme.
const CATEGORY_ORDER = Object.values(StallCategory);

/**
 * A market day's stalls, one h2 per category and one h3 per stall. Each stall
 * links to its page in the directory and to its printable poster.
 */
export async function MarketDayStalls({
  locale,
  slug,
  stalls,
}: {
  locale: string;
  slug: string;
  stalls: StallSummary[];
}) {
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    stalls: stalls.filter((s) => s.category === category).sort((a, b) => a.number - b.number),
  })).filter((g) => g.stalls.length > 0);

  return (
    <>
      {groups.map(({ category, stalls: inCategory }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 id={`category-${category}`} className="text-2xl font-bold">
            {t(`category.${category}`)}
          </h2>
          <ul className="mt-3 grid gap-4 md:grid-cols-2">
            {inCategory.map((stall) => (
              <li key={stall.id}>
                <StallItem locale={locale} slug={slug} stall={stall} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * The day's services at a glance, before anything else on a long page: each
 * stall's number, name and services, jumping to the stall (the haircut stall
 * was nine screens down). Plain anchors, so it works without JavaScript.
 */
export async function MarketDayServiceIndex({ locale, stalls }: { locale: string; stalls: StallSummary[] }) {
  if (stalls.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const [separator, colon] = locale === "en" ? [", ", ": "] : ["、", "："];
  const sorted = [...stalls].sort((a, b) => a.number - b.number);
  return (
    <nav aria-labelledby="service-index-heading" className="rounded-lg border-2 border-ink bg-white p-4">
      <h2 id="service-index-heading" className="text-2xl font-bold">
        {t("serviceIndex")}
      </h2>
      <ul className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {sorted.map((stall) => {
          const services = locale === "en" && stall.servicesEn.length > 0 ? stall.servicesEn : stall.services;
          return (
            <li key={stall.id}>
              <a href={`#stall-${stall.number}`} className="inline-flex min-h-11 items-center text-brand underline">
                {t("stallNumber", { number: stall.number })} {localized(locale, stall.name, stall.nameEn)}
                {services.length > 0 ? `${colon}${services.join(separator)}` : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

async function StallItem({ locale, slug, stall }: { locale: string; slug: string; stall: StallSummary }) {
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const services = locale === "en" && stall.servicesEn.length > 0 ? stall.servicesEn : stall.services;
  const hostNote = stall.hostNote ? localized(locale, stall.hostNote, stall.hostNoteEn) : null;
  const separator = locale === "en" ? ", " : "、";
  return (
    <article
      id={`stall-${stall.number}`}
      className="h-full scroll-mt-4 rounded-lg border border-neutral-300 bg-white p-4"
    >
      <h3 className="text-xl font-bold">
        <span className="mr-2 text-muted">{t("stallNumber", { number: stall.number })}</span>
        <LocaleLink
          locale={locale}
          href={`/stalls/${stall.id}`}
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {localized(locale, stall.name, stall.nameEn)}
        </LocaleLink>
      </h3>
      {stall.hosts.length > 0 || hostNote ? (
        // A wrapping row rather than a sentence: each host is a 44 px link, and a
        // separator must never be left at the start of a line.
        <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold">{t("hosts")}</span>
          <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {stall.hosts.map((host) => (
              <li key={host.id}>
                <LocaleLink
                  locale={locale}
                  href={`/organizations/${host.id}`}
                  className="inline-flex min-h-11 items-center text-brand underline"
                >
                  {localized(locale, host.name, host.nameEn)}
                </LocaleLink>
              </li>
            ))}
            {hostNote ? <li>{hostNote}</li> : null}
          </ul>
        </div>
      ) : null}
      {stall.audiences.length > 0 ? (
        <p className="mt-1">
          <span className="font-semibold">{t("audiences")}</span>
          {stall.audiences.map((a) => t(`audience.${a}`)).join(separator)}
        </p>
      ) : null}
      {services.length > 0 ? (
        <div className="mt-1">
          <p className="font-semibold">{t("services")}</p>
          <ul className="list-disc pl-6">
            {services.map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-2">
        <LocaleLink
          locale={locale}
          href={`/market-days/${slug}/stalls/${stall.id}/poster`}
          className="inline-flex min-h-11 items-center text-brand underline"
        >
          {t("printPoster")}
        </LocaleLink>
      </p>
    </article>
  );
}
