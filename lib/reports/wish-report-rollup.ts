// The report figures of a period of whole days, summed from the daily roll-up
// ("WishDailyStat", kept by a trigger on "Wish"; prisma/routines/wish-daily-stat.sql)
// instead of read from every wish: a year is 365
// small rows, however many wishes it holds.
// - Counts are exact: the same FILTER conditions as ./wish-report-exact.ts, added
//   up per day by the trigger.
// - Medians come from the per-day duration buckets, so they are within one bucket
//   of the exact value (lib/reports/duration-histogram.ts).
// - "Overdue" depends on the time of asking, so it cannot be summed in advance.
//   The roll-up counts the open wishes that can be overdue (SUBMITTED, REFERRED
//   with a due date); from those the query takes away the ones not yet due, found
//   through the due-date indexes ("Wish_communityId_replyDueAt_idx",
//   "Wish_communityId_referralDueAt_idx"), which only reach wishes of the last
//   days. Same rule as lib/wishes/overdue.ts, exact.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
// The report's own read: the replica when there is one (lib/db/replica.ts).
import { replicaDb } from "@/lib/db/replica";
import { histogramPercentile } from "./duration-histogram";
import { shanghaiDay } from "@/lib/time/shanghai";
import { isShanghaiDayStart } from "./report-scope";
import { reportCounts, type ReportCountRow, type WishReport } from "./wish-report-types";

interface RollupRow extends ReportCountRow {
  satisfaction_sum: number;
  first_reply_histogram: number[];
  settlement_histogram: number[];
}

/** Whether [start, end) is whole Shanghai calendar days, the roll-up's grain. */
export function coversWholeDays(period: { start: Date; end: Date }): boolean {
  return isShanghaiDayStart(period.start) && isShanghaiDayStart(period.end);
}

function dayRange(communityId: string, period: { start: Date; end: Date }): Prisma.Sql {
  if (!coversWholeDays(period)) throw new RangeError("the roll-up holds whole Shanghai days only");
  return Prisma.sql`"communityId" = ${communityId}::uuid AND day >= ${shanghaiDay(period.start)}::date AND day < ${shanghaiDay(period.end)}::date`;
}

/** Wishes submitted in the period, from the roll-up: one cheap sum. */
export async function countRolledUp(communityId: string, period: { start: Date; end: Date }): Promise<number> {
  const rows = await replicaDb().$queryRaw<{ collected: number }[]>`
    SELECT coalesce(sum(collected), 0)::int AS collected FROM "WishDailyStat" WHERE ${dayRange(communityId, period)}`;
  return rows[0]?.collected ?? 0;
}

export async function queryRolledUpPeriodReport(
  communityId: string,
  period: { start: Date; end: Date },
  now: Date,
): Promise<WishReport> {
  const { start, end } = period;
  const rows = await replicaDb().$queryRaw<RollupRow[]>`
    WITH d AS MATERIALIZED (SELECT * FROM "WishDailyStat" WHERE ${dayRange(communityId, period)}),
    -- Both histograms summed bucket by bucket. Set-returning functions in the
    -- select list run in step (the shorter array is padded with NULL) and, unlike
    -- unnest in FROM, stream without a tuplestore: a third faster at 365 days.
    h AS (
      SELECT i, sum(f)::int AS f, sum(s)::int AS s
        FROM (SELECT unnest("firstReplyHistogram") AS f, unnest("settlementHistogram") AS s,
                     generate_series(1, greatest(cardinality("firstReplyHistogram"), cardinality("settlementHistogram"))) AS i
                FROM d) AS buckets
       GROUP BY i
    )
    SELECT
      coalesce(sum(collected), 0)::int AS collected,
      coalesce(sum("handledOnSite"), 0)::int AS handled_on_site,
      coalesce(sum(referred), 0)::int AS referred,
      coalesce(sum(escalated), 0)::int AS escalated,
      coalesce(sum(settled), 0)::int AS settled,
      coalesce(sum(replied), 0)::int AS replied,
      coalesce(sum(rated), 0)::int AS rated,
      coalesce(sum("satisfactionSum"), 0)::int AS satisfaction_sum,
      coalesce(sum("satisfaction1"), 0)::int AS s1,
      coalesce(sum("satisfaction2"), 0)::int AS s2,
      coalesce(sum("satisfaction3"), 0)::int AS s3,
      coalesce(sum("satisfaction4"), 0)::int AS s4,
      coalesce(sum("satisfaction5"), 0)::int AS s5,
      coalesce(sum("repliedOnTime"), 0)::int AS replied_on_time,
      coalesce(sum("settledOnTime"), 0)::int AS settled_on_time,
      (coalesce(sum("openSubmitted"), 0) + coalesce(sum("openReferredWithDue"), 0)
        - (SELECT count(*) FROM "Wish" w
            WHERE w."communityId" = ${communityId}::uuid AND w."replyDueAt" >= ${now}::timestamptz
              AND w.status = 'SUBMITTED'::"WishStatus" AND w."createdAt" >= ${start} AND w."createdAt" < ${end})
        - (SELECT count(*) FROM "Wish" w
            WHERE w."communityId" = ${communityId}::uuid AND w."referralDueAt" >= ${now}::timestamptz
              AND w.status = 'REFERRED'::"WishStatus" AND w."createdAt" >= ${start} AND w."createdAt" < ${end})
      )::int AS overdue,
      (SELECT coalesce(array_agg(coalesce(h.f, 0) ORDER BY h.i), '{}') FROM h) AS first_reply_histogram,
      (SELECT coalesce(array_agg(coalesce(h.s, 0) ORDER BY h.i), '{}') FROM h) AS settlement_histogram
    FROM d`;
  const row = rows[0];
  if (!row) throw new Error("roll-up query returned no row");
  const hours = (minutes: number | null) => (minutes === null ? null : minutes / 60);
  return {
    ...reportCounts(row),
    medianHoursToFirstReply: hours(histogramPercentile(row.first_reply_histogram, 0.5)),
    medianHoursToSettlement: hours(histogramPercentile(row.settlement_histogram, 0.5)),
    mediansApproximate: true,
    averageSatisfaction: row.rated === 0 ? null : row.satisfaction_sum / row.rated,
    // The roll-up is per day only: no split by category or unit.
    breakdown: null,
  };
}
