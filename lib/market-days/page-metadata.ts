// Metadata shared by the market-day pages: canonical URL, language alternates,
// Open Graph and a Twitter card. Relative URLs become absolute through the
// layout's metadataBase (env.HUIYIN_PUBLIC_URL).
import type { Metadata } from "next";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/paths";

export interface PageMetadataInput {
  locale: string;
  /** Public path without locale, e.g. "/market-days". */
  path: string;
  title: string;
  description: string;
  siteName: string;
  type: "website" | "article";
  publishedTime?: Date | null;
  modifiedTime?: Date | null;
}

export function marketDayPageMetadata(input: PageMetadataInput): Metadata {
  const { locale, path, title, description } = input;
  const url = localePath(locale, path);
  const ogLocale = locale === "en" ? "en_US" : "zh_CN";
  const common = {
    title,
    description,
    url,
    siteName: input.siteName,
    locale: ogLocale,
    alternateLocale: ogLocale === "en_US" ? "zh_CN" : "en_US",
  };
  return {
    title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph:
      input.type === "article"
        ? {
            ...common,
            type: "article",
            publishedTime: input.publishedTime?.toISOString(),
            modifiedTime: input.modifiedTime?.toISOString(),
          }
        : { ...common, type: "website" },
    twitter: { card: "summary", title, description },
  };
}
