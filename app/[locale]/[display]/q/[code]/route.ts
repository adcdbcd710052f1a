// /q/<stall code>, the short address on a stall's poster (lib/market-days/stall-code.ts):
// a 307 to the wish form at that stall, in the same language. The form page,
// not this one, says when that market day is over (components/wish-form).
// A route handler, not a page: see lib/market-days/stall-code-response.ts.
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { flagsOf, isDisplayMode } from "@/lib/display/display-mode";
import { localePath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { getStallCodeTarget } from "@/lib/market-days/stall-code-queries";
import { stallCodeNotFound, stallCodeRedirect } from "@/lib/market-days/stall-code-response";
import { notFoundResponse } from "@/lib/market-days/syndication-response";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/[display]/q/[code]">,
): Promise<Response> {
  // Request time only: `next build` must not read the database. The lookup is cached.
  await connection();
  const { locale, display, code } = await params;
  if (!hasLocale(routing.locales, locale) || !isDisplayMode(display)) return notFoundResponse();
  const target = await getStallCodeTarget(code);
  if (target) {
    const query = new URLSearchParams({ marketDay: target.marketDay.slug, stall: target.stall.id });
    return stallCodeRedirect(localePath(locale, `/wishes/new?${query.toString()}`));
  }
  const t = await getTranslations({ locale, namespace: "poster.codeNotFound" });
  const site = await getTranslations({ locale, namespace: "site" });
  return stallCodeNotFound(locale, flagsOf(display), {
    title: t("title"),
    body: t("body"),
    toForm: t("toForm"),
    toMarketDays: t("toMarketDays"),
    home: site("home"),
    siteName: site("name"),
  });
}
