import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { isDisplayMode, type DisplayMode } from "./display-mode";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * First call of every public page: validates the locale and display segments
 * (the build placeholder and made-up modes get a 404 before any database read)
 * and sets the request locale for next-intl.
 */
export async function publicPage(
  params: Promise<{ locale: string; display: string }>,
): Promise<{ locale: Locale; display: DisplayMode }> {
  const { locale, display } = await params;
  if (!hasLocale(routing.locales, locale) || !isDisplayMode(display)) notFound();
  setRequestLocale(locale);
  return { locale, display };
}
