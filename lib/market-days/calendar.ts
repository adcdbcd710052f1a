// iCalendar (RFC 5545) files of market days: /market-days/<slug>/calendar.ics for
// one, /calendar.ics for every upcoming one. A pure function of the data, so the
// unit tests can parse its output; the route handlers only fetch and call it.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { absoluteUrl, marketDayPath } from "./public-url";
import { SHANGHAI_TZ } from "@/lib/time/shanghai";
import { ShanghaiDateTime, shanghaiVtimezone } from "./shanghai-time";
import { marketDayLocation } from "./when-where-text";

/** The fields a calendar entry needs; MarketDayDetail and the syndication rows both fit. */
export interface CalendarMarketDay {
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
  address: string | null;
  addressEn: string | null;
  startsAt: Date;
  endsAt: Date;
  status: MarketDayStatus;
  updatedAt: Date;
}

export interface CalendarOptions {
  locale: string;
  /** env.HUIYIN_PUBLIC_URL: event URLs must be absolute. */
  baseUrl: string;
  /** Calendar name shown by the calendar app (X-WR-CALNAME). */
  name: string;
  /** Put in front of a cancelled market day's summary, e.g. "已取消". */
  cancelledLabel: string;
}

/** Stable across languages and rebuilds, so a re-import updates the entry instead of duplicating it. */
function marketDayUid(id: string): string {
  return `${id}@huiyin`;
}

export function buildMarketDayCalendar(days: readonly CalendarMarketDay[], options: CalendarOptions): string {
  const { locale, baseUrl } = options;
  const calendar = ical({
    prodId: { company: "Huiyin", product: "market-days", language: locale === "en" ? "EN" : "ZH" },
    name: options.name,
    // PUBLISH: a calendar to subscribe to or import, not an invitation.
    method: ICalCalendarMethod.PUBLISH,
    // Only the generator, no calendar-wide zone name: ical-generator would then
    // write DTSTAMP and LAST-MODIFIED in local time, and RFC 5545 wants them in UTC.
    timezone: { name: null, generator: shanghaiVtimezone },
    // Subscribers re-fetch twice a day: a change of time or a cancellation arrives the same day.
    ttl: 12 * 60 * 60,
  });

  for (const day of days) {
    const url = absoluteUrl(baseUrl, locale, marketDayPath(day.slug));
    const title = localized(locale, day.title, day.titleEn);
    const cancelled = day.status === "CANCELLED";
    const description = [
      localized(locale, day.theme, day.themeEn),
      day.description ? localized(locale, day.description, day.descriptionEn) : null,
      url,
    ].filter((part): part is string => Boolean(part));
    calendar.createEvent({
      id: marketDayUid(day.id),
      // DTSTAMP is the last revision for a published calendar (RFC 5545 §3.8.7.2).
      // Taking it from the data keeps the output deterministic and cacheable.
      stamp: day.updatedAt,
      lastModified: day.updatedAt,
      timezone: SHANGHAI_TZ,
      start: new ShanghaiDateTime(day.startsAt),
      end: new ShanghaiDateTime(day.endsAt),
      summary: cancelled ? `${options.cancelledLabel}: ${title}` : title,
      description: description.join("\n\n"),
      location: marketDayLocation(day, locale),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 §3.1 ends every content line with CRLF, the last one too;
  // ical-generator leaves the final END:VCALENDAR unterminated.
  return `${calendar.toString()}\r\n`;
}

/** "2026-12-19-winter-service-market.ics": the name the download is saved under. */
export function calendarFilename(slug: string): string {
  return `${slug.replace(/[^A-Za-z0-9._-]/g, "-")}.ics`;
}
