import type { Locale } from "./routing";

/** Bilingual content: the English column when the page is English and one was written. */
export function localized(locale: string, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}

export function isEnglish(locale: string): locale is Extract<Locale, "en"> {
  return locale === "en";
}

const TIME_ZONE = "Asia/Shanghai";

/** "2023年5月27日 星期六 14:30–17:30" / "Saturday, 27 May 2023, 14:30–17:30" (Shenzhen time). */
export function formatDateRange(locale: string, start: Date, end: Date): string {
  const tag = locale === "en" ? "en-GB" : "zh-CN";
  const day = new Intl.DateTimeFormat(tag, {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "long",
  }).format(start);
  const time = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
  return `${day} ${time.format(start)}–${time.format(end)}`;
}
