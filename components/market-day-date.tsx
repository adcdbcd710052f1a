// A market day's date without the time ("2023年5月27日" / "27 May 2023"), in
// Shenzhen time so a server in another zone never shows the day before.
const TIME_ZONE = "Asia/Shanghai";

export function formatMarketDate(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(date);
}

export function MarketDayDate({ locale, date }: { locale: string; date: Date }) {
  return <time dateTime={date.toISOString()}>{formatMarketDate(locale, date)}</time>;
}
