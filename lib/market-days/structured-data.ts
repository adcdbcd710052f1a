// schema.org Event JSON-LD for a market-day page, so search engines and WeChat
// previews can show the date and place. Pure, so it can be unit-tested.
import type { MarketDayDetail } from "./queries";
import { localized } from "@/lib/i18n/localized";
import { absoluteUrl, marketDayPath } from "./public-url";
import { toShanghaiIso } from "@/lib/time/shanghai";

type EventSource = Pick<
  MarketDayDetail,
  | "slug"
  | "title"
  | "titleEn"
  | "theme"
  | "themeEn"
  | "description"
  | "descriptionEn"
  | "startsAt"
  | "endsAt"
  | "place"
  | "placeEn"
  | "address"
  | "addressEn"
  | "status"
  | "organizations"
>;

// Every market day so far is in Shenzhen; the Community model has no city field.
const LOCALITY = { zh: { city: "深圳市", region: "广东省" }, en: { city: "Shenzhen", region: "Guangdong" } } as const;

export function marketDayEventJsonLd(day: EventSource, locale: string, baseUrl: string): Record<string, unknown> {
  const names = locale === "en" ? LOCALITY.en : LOCALITY.zh;
  const place = localized(locale, day.place, day.placeEn);
  const organizers = day.organizations
    .filter((o) => o.role === "ORGANIZER" || o.role === "CO_ORGANIZER")
    .map((o) => ({
      "@type": "Organization",
      name: localized(locale, o.name, o.nameEn),
      url: absoluteUrl(baseUrl, locale, `/organizations/${o.id}`),
    }));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: localized(locale, day.title, day.titleEn),
    description: day.description
      ? localized(locale, day.description, day.descriptionEn)
      : localized(locale, day.theme, day.themeEn),
    startDate: toShanghaiIso(day.startsAt),
    endDate: toShanghaiIso(day.endsAt),
    eventStatus: day.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    isAccessibleForFree: true,
    inLanguage: locale,
    location: {
      "@type": "Place",
      name: place,
      address: {
        "@type": "PostalAddress",
        streetAddress: day.address ? localized(locale, day.address, day.addressEn) : place,
        addressLocality: names.city,
        addressRegion: names.region,
        addressCountry: "CN",
      },
    },
    ...(organizers.length > 0 ? { organizer: organizers.length === 1 ? organizers[0] : organizers } : {}),
    url: absoluteUrl(baseUrl, locale, marketDayPath(day.slug)),
  };
}

/**
 * JSON for an inline <script>: "<" becomes \u003c, so text such as
 * "</script><script>…" in a description cannot end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
