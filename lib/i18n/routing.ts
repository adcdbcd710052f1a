import { defineRouting } from "next-intl/routing";

export const locales = ["zh-CN", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "zh-CN",
  // Chinese at "/", English at "/en". No prefix for the default locale keeps the
  // Chinese URLs short for QR posters and WeChat shares.
  localePrefix: "as-needed",
  // A link always opens in the language it names: no redirect by Accept-Language
  // and no locale cookie (an elderly resident's phone may well be set to English).
  localeDetection: false,
  localeCookie: false,
});
