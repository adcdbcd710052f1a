import { formatShanghaiDate, shanghaiTime } from "@/lib/time/shanghai";
import type { Locale } from "./routing";

/** Bilingual content: the English column when the page is English and one was written. */
export function localized(locale: string, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}

export function isEnglish(locale: string): locale is Extract<Locale, "en"> {
  return locale === "en";
}

/** "2023年5月27日星期六 14:30–17:30" / "Saturday 27 May 2023 14:30–17:30" (Shenzhen time). */
export function formatDateRange(locale: string, start: Date, end: Date): string {
  return `${formatShanghaiDate(locale, start, { weekday: true })} ${shanghaiTime(start)}–${shanghaiTime(end)}`;
}
