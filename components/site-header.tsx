import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";

const NAV = [
  { href: "/market-days", key: "marketDays" },
  { href: "/stalls", key: "stalls" },
  { href: "/organizations", key: "organizations" },
  { href: "/wishes/new", key: "submitWish" },
  { href: "/wishes/track", key: "trackWish" },
  { href: "/wishes", key: "wishWall" },
  { href: "/council", key: "council" },
] as const;

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <header className="bg-brand text-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto max-w-5xl px-4 pt-3">
        <LocaleLink
          locale={locale}
          href="/"
          className="inline-flex min-h-11 items-baseline gap-2 text-white no-underline"
        >
          <span className="text-2xl font-bold">{t("name")}</span>
          <span className="text-base opacity-95">{t("tagline")}</span>
        </LocaleLink>
      </div>
      <nav aria-label={t("mainNav")} className="mx-auto max-w-5xl px-2 pb-2">
        <ul className="flex flex-wrap">
          {NAV.map((item) => (
            <li key={item.key}>
              <LocaleLink
                locale={locale}
                href={item.href}
                className="inline-flex min-h-11 items-center rounded px-2 text-white underline-offset-4 hover:underline"
              >
                {t(`nav.${item.key}`)}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
