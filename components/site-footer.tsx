import { getTranslations } from "next-intl/server";
import { LocaleLink } from "./locale-link";

/**
 * The footer. The community office's phone and hours are not here: read in the
 * layout, they turned the not-found page into a shell filled in by the browser,
 * which kept the first display mode it was opened in (large text was lost). The
 * tracking page's "忘记查询码？" section shows them, and every page's footer
 * links there (a static link: no read, so the not-found page stays whole).
 */
export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <footer className="mt-12 border-t border-neutral-300 bg-white print:hidden">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-muted">
        <p>{t("footer")}</p>
        <p>
          <LocaleLink
            locale={locale}
            href="/wishes/track#forgot-heading"
            className="inline-flex min-h-11 items-center text-brand underline"
          >
            {t("officeLink")}
          </LocaleLink>
        </p>
      </div>
    </footer>
  );
}
