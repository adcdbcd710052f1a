// /calendar.ics (and /en/calendar.ics): every coming market day, to subscribe to.
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildMarketDayCalendar } from "@/lib/market-days/calendar";
import { calendarResponse, notFoundResponse } from "@/lib/market-days/syndication-response";
import { listSyndicatedMarketDays, upcomingOnly } from "@/lib/market-days/syndication-queries";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/calendar.ics">): Promise<Response> {
  // Request time only: the build has no database, and "coming" depends on today.
  // The data itself comes from the cached query.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return notFoundResponse();
  const t = await getTranslations({ locale, namespace: "marketDays" });
  // Cancelled ones stay in (STATUS:CANCELLED): a subscriber's calendar then
  // shows the day as cancelled instead of silently dropping it.
  const days = upcomingOnly(await listSyndicatedMarketDays(), new Date());
  const body = buildMarketDayCalendar(days, {
    locale,
    baseUrl: env.HUIYIN_PUBLIC_URL,
    name: t("calendarName"),
    cancelledLabel: t("cancelled"),
  });
  return calendarResponse(body, locale === "en" ? "huiyin-market-days-en.ics" : "huiyin-market-days.ics");
}
