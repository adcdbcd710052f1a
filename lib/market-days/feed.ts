// The Atom feed of market days (/feed.xml). A pure function of the data, tested
// by parsing its output; the route handler only fetches and calls it.
import { Feed } from "feed";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { formatDateRange, localized } from "@/lib/i18n/localized";
import { absoluteUrl, marketDayPath } from "./public-url";

export interface FeedMarketDay {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  theme: string;
  themeEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  place: string;
  placeEn: string | null;
  startsAt: Date;
  endsAt: Date;
  status: MarketDayStatus;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface FeedOptions {
  locale: string;
  baseUrl: string;
  title: string;
  subtitle: string;
  /** Feed author (Atom requires one): the portal's name. */
  author: string;
  cancelledLabel: string;
}

// The feed library marks titles and content as type="html", so plain database
// text must be escaped or a "<" in a title would be read as markup.
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Newest announcement first (by start date), as feed readers list them. */
export function buildMarketDayFeed(days: readonly FeedMarketDay[], options: FeedOptions): string {
  const { locale, baseUrl } = options;
  const sorted = [...days].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  // Atom needs <updated>; with no entries the epoch is an honest "never".
  const updated = new Date(Math.max(0, ...sorted.map((d) => d.updatedAt.getTime())));
  const home = absoluteUrl(baseUrl, locale, "/");
  const feed = new Feed({
    id: absoluteUrl(baseUrl, locale, "/feed.xml"),
    title: options.title,
    description: options.subtitle,
    link: home,
    language: locale,
    updated,
    generator: "Huiyin",
    feedLinks: { atom: absoluteUrl(baseUrl, locale, "/feed.xml") },
    author: { name: options.author, link: home },
  });

  for (const day of sorted) {
    const url = absoluteUrl(baseUrl, locale, marketDayPath(day.slug));
    const title = localized(locale, day.title, day.titleEn);
    const theme = localized(locale, day.theme, day.themeEn);
    const when = formatDateRange(locale, day.startsAt, day.endsAt);
    const place = localized(locale, day.place, day.placeEn);
    const description = day.description ? localized(locale, day.description, day.descriptionEn) : null;
    const summary = `${when} · ${place} · ${theme}`;
    feed.addItem({
      // The page URL: slugs are the permanent public key (posters carry them as QR codes).
      id: url,
      link: url,
      title: escapeHtml(day.status === "CANCELLED" ? `${options.cancelledLabel}: ${title}` : title),
      date: day.updatedAt,
      published: day.publishedAt ?? day.updatedAt,
      description: escapeHtml(summary),
      content: [theme, when, place, description]
        .filter((part): part is string => Boolean(part))
        .map((part) => `<p>${escapeHtml(part)}</p>`)
        .join(""),
    });
  }
  return feed.atom1();
}
