import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageTop } from "@/components/page-top";
import { BUILD_PLACEHOLDER } from "@/lib/display/display-mode";
import { publicPage } from "@/lib/display/page-guard";
import { env } from "@/lib/env";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import { getMarketDay, type MarketDayDetail, type StallSummary } from "@/lib/market-days/queries";
import { getStallCode } from "@/lib/market-days/stall-code-queries";
import { printedAddress, shortWishUrl, wishQrSvg } from "@/lib/posters/wish-qr";
import { isUuid } from "@/lib/uuid";

type Props = PageProps<"/[locale]/[display]/market-days/[slug]/stalls/[id]/poster">;

// One build-time param set for Cache Components; publicPage() 404s it first.
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER, id: BUILD_PLACEHOLDER }];
}

// A4 with a 12 mm margin; only the poster is printed (the site header and
// PageTop are print:hidden, the footer and the page padding go here). A plain
// <style> in the page, so it leaves with the page.
const PRINT_CSS = `
@page { size: A4; margin: 12mm; }
@media print {
  body > footer { display: none; }
  main#main { padding: 0; max-width: none; }
  .stall-poster { break-inside: avoid; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

/** The market day and the stall, or a 404 when the stall did not take part in that day. */
async function loadPoster(params: Props["params"]): Promise<{ day: MarketDayDetail; stall: StallSummary }> {
  const { slug, id } = await params;
  if (!isUuid(id)) notFound();
  const day = await getMarketDay(slug);
  const stall = day?.stalls.find((s) => s.id === id);
  if (!day || !stall) notFound();
  return { day, stall };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await publicPage(params);
  const { stall } = await loadPoster(params);
  const t = await getTranslations({ locale, namespace: "poster" });
  // A printable copy of the stall page: not something to find in a search engine.
  return { title: t("title", { name: localized(locale, stall.name, stall.nameEn) }), robots: { index: false } };
}

export default async function StallPosterPage({ params }: Props) {
  const { locale, display } = await publicPage(params);
  const { day, stall } = await loadPoster(params);
  const t = await getTranslations({ locale, namespace: "poster" });
  const site = await getTranslations({ locale, namespace: "site" });
  const name = localized(locale, stall.name, stall.nameEn);
  const dayTitle = localized(locale, day.title, day.titleEn);
  const services = locale === "en" && stall.servicesEn.length > 0 ? stall.servicesEn : stall.services;
  const hosts = stall.hosts.map((h) => localized(locale, h.name, h.nameEn));
  if (hosts.length === 0 && stall.hostNote) hosts.push(localized(locale, stall.hostNote, stall.hostNoteEn));
  const place = localized(locale, day.place, day.placeEn);
  const address = day.address ? localized(locale, day.address, day.addressEn) : null;
  // A public day always has a code; null would mean it is not this portal's.
  const code = await getStallCode({ id: day.id, startsAt: day.startsAt }, stall.number);
  if (!code) notFound();
  const url = shortWishUrl(env.HUIYIN_PUBLIC_URL, locale, code);
  const qr = await wishQrSvg(url, t("scan"));

  return (
    <div>
      <style>{PRINT_CSS}</style>
      <PageTop
        locale={locale}
        display={display}
        path={`/market-days/${day.slug}/stalls/${stall.id}/poster`}
        trail={[
          { label: site("nav.marketDays"), href: "/market-days" },
          { label: dayTitle, href: `/market-days/${day.slug}` },
          { label: name, href: `/stalls/${stall.id}` },
          { label: t("crumb") },
        ]}
        title={t("title", { name })}
      />
      <p className="mb-4 rounded-lg border-2 border-ink bg-white p-3 text-lg print:hidden">{t("printHint")}</p>

      <article
        aria-labelledby="poster-name"
        className="stall-poster mx-auto max-w-[190mm] space-y-5 rounded-lg border-4 border-brand bg-white p-5 sm:p-8 print:max-w-none print:space-y-3 print:rounded-none print:p-[6mm]"
      >
        <div className="border-b-2 border-brand pb-3">
          <p className="text-xl font-bold text-brand sm:text-2xl print:text-xl">
            {site("name")} · {dayTitle}
          </p>
          <p className="text-lg">
            <time dateTime={day.startsAt.toISOString()}>{formatDateRange(locale, day.startsAt, day.endsAt)}</time>
          </p>
          {/* The place as residents call it, then the street address for those who come from further away. */}
          <p className="text-lg" data-testid="poster-place">
            {place}
            {address && address !== place ? <span className="text-muted"> · {address}</span> : null}
          </p>
        </div>

        <div className="flex flex-wrap items-center gap-x-5 gap-y-2 md:flex-nowrap print:flex-nowrap">
          <p className="shrink-0 rounded-lg bg-brand px-4 py-2 text-2xl font-bold text-white sm:text-3xl">
            {t("stallNumber", { number: stall.number })}
          </p>
          <h2 id="poster-name" className="min-w-0 text-4xl font-bold leading-tight sm:text-5xl print:text-4xl">
            {name}
          </h2>
        </div>

        {/* The QR code takes the larger column: at 92 mm on paper each of its
            modules is about 3 mm, which an old phone reads from arm's length. */}
        <div className="grid gap-6 md:grid-cols-[1fr_22rem] print:grid-cols-[1fr_92mm] print:gap-5">
          <div className="space-y-4">
            <section aria-labelledby="poster-services">
              <h3 id="poster-services" className="text-xl font-bold text-brand">
                {t("services")}
              </h3>
              <ul className="mt-1 list-disc space-y-1 pl-7 text-2xl print:text-xl">
                {services.map((service) => (
                  <li key={service}>{service}</li>
                ))}
              </ul>
            </section>
            {hosts.length > 0 ? (
              <section aria-labelledby="poster-hosts">
                <h3 id="poster-hosts" className="text-xl font-bold text-brand">
                  {t("hosts")}
                </h3>
                <ul className="mt-1 space-y-1 text-lg">
                  {hosts.map((host) => (
                    <li key={host}>{host}</li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>

          <figure className="text-center">
            <div
              className="mx-auto aspect-square w-full max-w-[22rem] print:max-w-none"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <figcaption className="mt-1 text-2xl font-bold">{t("scan")}</figcaption>
          </figure>
        </div>

        {/* For whoever cannot scan: the short address to type, and the stall code
            to read out to staff on the phone. Large, in one line each where it fits. */}
        <div className="space-y-2 rounded-lg border-2 border-brand p-3 text-center print:space-y-1 print:p-2">
          <p>
            {t("scanNote")} {t("urlNote")}
          </p>
          <p className="text-3xl font-bold [overflow-wrap:anywhere]" data-testid="poster-url">
            {printedAddress(url)}
          </p>
          <p className="text-2xl">
            {t("stallCode")}{" "}
            <strong className="text-3xl tracking-wide" data-testid="poster-code">
              {code}
            </strong>
          </p>
        </div>

        <p className="border-t-2 border-brand pt-3 text-center text-2xl font-bold text-brand print:text-xl">
          {t("motto")}
        </p>
      </article>
    </div>
  );
}
