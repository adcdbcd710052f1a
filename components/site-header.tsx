import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const other = locale === "en" ? "zh-CN" : "en";
  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex min-h-11 items-center gap-2 text-2xl font-bold text-white no-underline">
          <span>{t("name")}</span>
          <span className="text-base font-normal opacity-90">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("mainNav")}>
          <Link
            href="/"
            locale={other}
            lang={other}
            aria-label={t("switchLanguageLabel")}
            className="inline-flex min-h-11 min-w-11 items-center rounded border-2 border-white px-3 text-white no-underline hover:bg-brand-dark"
          >
            {t("switchLanguage")}
          </Link>
        </nav>
      </div>
    </header>
  );
}
