// Addresses in the page's language: Chinese at the root, English under /en.
// The one place that knows the prefix, for redirects and links built by hand
// (next-intl's <Link> adds it by itself).
import { isEnglish } from "./localized";

/** "/admin/wishes" → "/en/admin/wishes" on an English page. */
export function localePath(locale: string, path: string): string {
  return isEnglish(locale) ? `/en${path === "/" ? "" : path}` : path;
}
