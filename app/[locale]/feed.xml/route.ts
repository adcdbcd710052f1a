// /feed.xml (and /en/feed.xml): Atom feed of the public market days.
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { buildMarketDayFeed } from "@/lib/market-days/feed";
import { feedResponse, notFoundResponse } from "@/lib/market-days/syndication-response";
import { listSyndicatedMarketDays } from "@/lib/market-days/syndication-queries";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">): Promise<Response> {
  // Request time only: the build has no database. The list itself is cached.
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return notFoundResponse();
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "marketDays" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const body = buildMarketDayFeed(await listSyndicatedMarketDays(), {
    locale,
    baseUrl: env.HUIYIN_PUBLIC_URL,
    title: t("feedTitle"),
    subtitle: t("feedSubtitle"),
    author: site("name"),
    cancelledLabel: t("cancelled"),
  });
  return feedResponse(body);
}
