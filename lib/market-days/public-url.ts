// Absolute URLs of public pages, for calendars, the feed, JSON-LD and share cards
// (which are read outside the site and need full URLs).
import { localePath } from "@/lib/i18n/paths";

/**
 * The public base URL joined with a path. String joining rather than new URL()
 * so that a portal served under a sub-path (https://example.gov.cn/huiyin) keeps it.
 */
export function absoluteUrl(baseUrl: string, locale: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${localePath(locale, path)}`;
}

export function marketDayPath(slug: string): string {
  return `/market-days/${encodeURIComponent(slug)}`;
}
