import { getTranslations } from "next-intl/server";
import type { DisplayMode } from "@/lib/display/display-mode";
import { isEnglish } from "@/lib/i18n/localized";
import { localePath } from "@/lib/i18n/paths";
import { DisplayToggles } from "./display-toggles";
import { LocaleLink } from "./locale-link";

export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The top of every public page: where you are (breadcrumbs from 首页), the page's
 * title, the other language and the display modes. `path` is this page's public
 * path without locale (e.g. "/stalls?audience=elderly"), for the language link
 * and for returning here after a display change.
 */
export async function PageTop({
  locale,
  display,
  path,
  trail,
  title,
}: {
  locale: string;
  display: DisplayMode;
  path: string;
  trail: Crumb[];
  title: string;
}) {
  const t = await getTranslations({ locale, namespace: "site" });
  const other = isEnglish(locale) ? "zh-CN" : "en";
  const here = localePath(locale, path);
  return (
    <div className="mb-6 space-y-3 print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t("breadcrumb")}>
          <ol className="flex flex-wrap items-center gap-1 text-base">
            <li>
              <LocaleLink
                locale={locale}
                href="/"
                className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand underline"
              >
                {t("home")}
              </LocaleLink>
            </li>
            {trail.map((crumb, i) => (
              <li key={`${crumb.label}-${i}`} className="flex items-center gap-1">
                <span aria-hidden="true" className="px-1 text-muted">
                  ›
                </span>
                {crumb.href ? (
                  <LocaleLink
                    locale={locale}
                    href={crumb.href}
                    className="inline-flex min-h-11 min-w-11 items-center justify-center text-brand underline"
                  >
                    {crumb.label}
                  </LocaleLink>
                ) : (
                  <span aria-current="page" className="inline-flex min-h-11 items-center">
                    {crumb.label}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <LocaleLink
            locale={other}
            href={path}
            lang={other}
            hrefLang={other}
            className="inline-flex min-h-11 min-w-11 items-center rounded border-2 border-brand px-3 font-semibold text-brand no-underline"
          >
            {t("switchLanguage")}
          </LocaleLink>
          <DisplayToggles locale={locale} display={display} returnTo={here} />
        </div>
      </div>
      <h1 className="text-3xl font-bold leading-tight">{title}</h1>
    </div>
  );
}
