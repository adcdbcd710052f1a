import { getLocale, getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";

// A stall code that names no stall: most often a digit misread from a poster.
// Rather than the portal's general "page not found", say what a code looks like
// and offer the wish form without a stall, so the wish is not lost.
export default async function StallCodeNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "poster.codeNotFound" });
  const button = "inline-flex min-h-11 items-center rounded px-5 no-underline";
  return (
    <section className="space-y-3 rounded-lg bg-white p-6" aria-labelledby="code-nf-title">
      <h1 id="code-nf-title" className="text-3xl font-bold">
        {t("title")}
      </h1>
      <p>{t("body")}</p>
      <div className="flex flex-wrap gap-3">
        <LocaleLink locale={locale} href="/wishes/new" className={`${button} bg-brand text-white`}>
          {t("toForm")}
        </LocaleLink>
        <LocaleLink locale={locale} href="/market-days" className={`${button} border-2 border-brand text-brand`}>
          {t("toMarketDays")}
        </LocaleLink>
      </div>
    </section>
  );
}
