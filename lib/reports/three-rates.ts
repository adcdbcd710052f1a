// The three rates (三率) of 12345 practice, plus on-time settlement, from counts
// alone, so the exact query, the roll-up and the per-category / per-unit
// breakdown all compute them the same way. Pure: tests and pages may call it.
//
// Definitions (shown on the report page, adminReports.rates.*):
// - response rate (响应率): wishes whose first reply came by their reply target
//   (firstReplyAt ≤ replyDueAt), over wishes collected. A wish not yet answered
//   counts against the rate even before its target: the figure is "answered on
//   time so far", and it can only rise as replies come in on time.
// - settlement rate (办结率): wishes settled now, over wishes collected.
// - satisfaction rate (满意率): ratings of 4 or 5 over all ratings, residents'
//   own and staff follow-up calls (回访) together.
// - on-time settlement rate (按期办结率): settled wishes whose (latest) settlement
//   came by their due date, over settled wishes. The due date of a referred wish
//   is the unit's (referralDueAt): that is the date the unit and the resident
//   were given. Any other wish has only its reply target (replyDueAt), which is
//   the promise made to the resident, so that is its due date.
// A rate with nothing to divide by is null, shown as "—", never NaN.

export interface RateCounts {
  collected: number;
  repliedOnTime: number;
  settled: number;
  settledOnTime: number;
  rated: number;
  /** Ratings of 4 or 5. */
  satisfied: number;
}

export const RATE_KEYS = ["response", "settlement", "satisfaction", "onTimeSettlement"] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export type ThreeRates = Record<RateKey, number | null>;

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function threeRates(c: RateCounts): ThreeRates {
  return {
    response: ratio(c.repliedOnTime, c.collected),
    settlement: ratio(c.settled, c.collected),
    satisfaction: ratio(c.satisfied, c.rated),
    onTimeSettlement: ratio(c.settledOnTime, c.settled),
  };
}

/** The numerator and denominator of each rate, for "12 / 15" next to the percentage. */
export function rateParts(c: RateCounts): Record<RateKey, [number, number]> {
  return {
    response: [c.repliedOnTime, c.collected],
    settlement: [c.settled, c.collected],
    satisfaction: [c.satisfied, c.rated],
    onTimeSettlement: [c.settledOnTime, c.settled],
  };
}

/** A rate as the page and the CSV show it: "—" when there is nothing to divide by. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null) return "—";
  const tag = locale === "en" ? "en-GB" : "zh-CN";
  return new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}
