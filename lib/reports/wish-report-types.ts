// The figures a report shows, whichever way they were computed (exact from
// "Wish", or summed from the daily roll-up for long periods).
import type { RateBreakdown } from "./rate-breakdown-types";
import { threeRates, type RateCounts, type ThreeRates } from "./three-rates";

export interface WishReport {
  collected: number;
  handledOnSite: number;
  referred: number;
  escalated: number;
  /** Currently settled (a reopened wish is not). */
  settled: number;
  /** Wishes with a first reply. */
  replied: number;
  /** replied / collected, 0…1; null with nothing collected. */
  replyRate: number | null;
  /** Median hours from submission to first reply / to the (latest) settlement. */
  medianHoursToFirstReply: number | null;
  medianHoursToSettlement: number | null;
  /**
   * The medians were read from duration buckets (lib/reports/duration-histogram.ts):
   * within one bucket of the exact value. Counts are always exact.
   */
  mediansApproximate: boolean;
  /** Open wishes past their reply target or referral due date. */
  overdue: number;
  rated: number;
  averageSatisfaction: number | null;
  /** Index 0 is the count of 1-star ratings … index 4 of 5-star ratings. */
  satisfaction: [number, number, number, number, number];
  /** What the three rates are computed from (./three-rates.ts). */
  rateCounts: RateCounts;
  rates: ThreeRates;
  /**
   * The rates per category and per receiving unit; null when the report was
   * summed from the roll-up, which keeps no such split (long, large periods).
   */
  breakdown: RateBreakdown | null;
}

export type ResolvedScope = { kind: "marketDay"; marketDayId: string } | { kind: "period"; start: Date; end: Date };

/** The count columns both report queries return, under the same names. */
export interface ReportCountRow {
  collected: number;
  handled_on_site: number;
  referred: number;
  escalated: number;
  settled: number;
  replied: number;
  overdue: number;
  rated: number;
  replied_on_time: number;
  settled_on_time: number;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
}

type ReportCounts = Pick<
  WishReport,
  | "collected"
  | "handledOnSite"
  | "referred"
  | "escalated"
  | "settled"
  | "replied"
  | "replyRate"
  | "overdue"
  | "rated"
  | "satisfaction"
  | "rateCounts"
  | "rates"
>;

/** The counts of a report row and what follows from them alone (the reply rate). */
export function reportCounts(row: ReportCountRow): ReportCounts {
  const rateCounts: RateCounts = {
    collected: row.collected,
    repliedOnTime: row.replied_on_time,
    settled: row.settled,
    settledOnTime: row.settled_on_time,
    rated: row.rated,
    satisfied: row.s4 + row.s5,
  };
  return {
    collected: row.collected,
    handledOnSite: row.handled_on_site,
    referred: row.referred,
    escalated: row.escalated,
    settled: row.settled,
    replied: row.replied,
    replyRate: row.collected === 0 ? null : row.replied / row.collected,
    overdue: row.overdue,
    rated: row.rated,
    satisfaction: [row.s1, row.s2, row.s3, row.s4, row.s5],
    rateCounts,
    rates: threeRates(rateCounts),
  };
}
