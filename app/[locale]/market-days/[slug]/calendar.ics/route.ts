// /market-days/<slug>/calendar.ics: one market day as an iCalendar file ("加入日历").
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { localized } from "@/lib/i18n/localized";
import { routing } from "@/lib/i18n/routing";
import { buildMarketDayCalendar, calendarFilename } from "@/lib/market-days/calendar";
import { getMarketDay } from "@/lib/market-days/queries";
import { calendarResponse, notFoundResponse } from "@/lib/market-days/syndication-response";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/market-days/[slug]/calendar.ics">,
): Promise<Response> {
  // Request time only: `next build` must not read the database. getMarketDay is cached.
  await connection();
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return notFoundResponse();
  const day = await getMarketDay(slug);
  if (!day) return notFoundResponse();
  const t = await getTranslations({ locale, namespace: "marketDays" });
  const body = buildMarketDayCalendar([day], {
    locale,
    baseUrl: env.HUIYIN_PUBLIC_URL,
    name: localized(locale, day.title, day.titleEn),
    cancelledLabel: t("cancelled"),
  });
  return calendarResponse(body, calendarFilename(day.slug));
}
