// Dates on the wish pages: always Shenzhen time, whatever the server's zone, as
// "2023年5月27日 14:40" or "27 May 2023, 14:40".
import type { DateText } from "./track-form";

const TIME_ZONE = "Asia/Shanghai";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
      timeZone: TIME_ZONE,
      year: "numeric",
      month: "long",
      day: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
    });
    formats.set(key, f);
  }
  return f;
}

export function shanghaiDateText(locale: string, date: Date, withTime = true): DateText {
  return { iso: date.toISOString(), text: format(locale, withTime).format(date) };
}
