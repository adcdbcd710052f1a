// A market day's time and place as plain text: the calendar file's LOCATION,
// and what the market-day page's 复制时间地点 button copies for browsers that
// cannot open that file (WeChat's among them). The copy uses the words of the
// page's 时间和地点 box, so what lands in a chat is what the resident read.
import { formatDateRange, isEnglish, localized } from "@/lib/i18n/localized";

export interface WhenWhereDay {
  title: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  placeEn: string | null;
  address: string | null;
  addressEn: string | null;
}

/** "园岭七街小公园（深圳市福田区…）" / "Small park…, Yuanling 7th Street…": the address only when it adds something. */
export function marketDayLocation(day: WhenWhereDay, locale: string): string {
  const place = localized(locale, day.place, day.placeEn);
  const address = day.address ? localized(locale, day.address, day.addressEn) : null;
  if (!address || address === place) return place;
  return isEnglish(locale) ? `${place}, ${address}` : `${place}（${address}）`;
}

/** The page's own labels ("时间：", "地点：", "（北京时间）"), from the marketDays messages. */
export interface WhenWhereLabels {
  when: string;
  where: string;
  timeZoneNote: string;
}

/**
 * Three lines, title, time and place, which read well pasted into a WeChat chat
 * or a phone's notes:
 *   党员服务市集（冬季）
 *   时间：2026年12月19日星期六 09:30–12:00（北京时间）
 *   地点：园岭七街小公园（深圳市福田区园岭街道园岭七街）
 */
export function whenWhereText(day: WhenWhereDay, locale: string, labels: WhenWhereLabels): string {
  const space = isEnglish(locale) ? " " : "";
  return [
    localized(locale, day.title, day.titleEn),
    `${labels.when}${formatDateRange(locale, day.startsAt, day.endsAt)}${space}${labels.timeZoneNote}`,
    `${labels.where}${marketDayLocation(day, locale)}`,
  ].join("\n");
}
