import { formatShanghaiDate } from "@/lib/time/shanghai";

/** A market day's date without the time ("2023年5月27日" / "27 May 2023"), in Shenzhen time. */
export function MarketDayDate({ locale, date }: { locale: string; date: Date }) {
  return <time dateTime={date.toISOString()}>{formatShanghaiDate(locale, date)}</time>;
}
