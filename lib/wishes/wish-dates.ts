// Dates on the wish pages, and on the pages that borrowed this helper: Shenzhen
// time (lib/time/shanghai.ts), with the machine-readable instant for <time>.
import { formatShanghaiDate } from "@/lib/time/shanghai";
import type { DateText } from "./track-form";

export function shanghaiDateText(locale: string, date: Date, withTime = true): DateText {
  return { iso: date.toISOString(), text: formatShanghaiDate(locale, date, { withTime }) };
}
