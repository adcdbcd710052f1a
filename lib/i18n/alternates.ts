// A public page's canonical address and its other-language twin, for metadata's
// `alternates`: search engines then index each language once and link the two.
import { localePath } from "./paths";

/** "/stalls" on an English page → canonical "/en/stalls", languages zh-CN "/stalls" and en "/en/stalls". */
export function languageAlternates(
  locale: string,
  path: string,
): { canonical: string; languages: Record<string, string> } {
  return { canonical: localePath(locale, path), languages: { "zh-CN": path, en: localePath("en", path) } };
}
