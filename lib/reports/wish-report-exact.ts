// The report figures straight from "Wish", in ONE aggregate query: counts with
// FILTER clauses and exact medians with percentile_cont over the milestone columns
// (set by the transitions, see lib/wishes/lifecycle.ts). Scoped by community and by
// marketDayId ("Wish_marketDayId_status_idx") or createdAt
// ("Wish_communityId_createdAt_id_idx"), so a market day at a million wishes reads
// only that day's rows. Its cost grows with the rows in scope: long periods go to
// the roll-up instead (./wish-report-rollup.ts). "Overdue" is the inbox's rule
// (lib/wishes/overdue.ts).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
// The report's own read: the replica when there is one (lib/db/replica.ts).
import { replicaDb } from "@/lib/db/replica";
import { overdueSql } from "@/lib/wishes/overdue";
import { REPLIED_ON_TIME, SETTLED_ON_TIME } from "./rate-sql";
import { reportCounts, type ReportCountRow, type ResolvedScope, type WishReport } from "./wish-report-types";

interface ReportRow extends ReportCountRow {
  median_first_reply_s: number | null;
  median_settlement_s: number | null;
  average_satisfaction: number | null;
}

export async function queryExactWishReport(communityId: string, scope: ResolvedScope, now: Date): Promise<WishReport> {
  const where =
    scope.kind === "marketDay"
      ? Prisma.sql`"communityId" = ${communityId}::uuid AND "marketDayId" = ${scope.marketDayId}::uuid`
      : Prisma.sql`"communityId" = ${communityId}::uuid AND "createdAt" >= ${scope.start} AND "createdAt" < ${scope.end}`;
  const rows = await replicaDb().$queryRaw<ReportRow[]>`
    SELECT
      count(*)::int AS collected,
      count(*) FILTER (WHERE "handledOnSiteAt" IS NOT NULL)::int AS handled_on_site,
      count(*) FILTER (WHERE "referredAt" IS NOT NULL)::int AS referred,
      count(*) FILTER (WHERE "escalatedAt" IS NOT NULL)::int AS escalated,
      count(*) FILTER (WHERE status = 'SETTLED')::int AS settled,
      count(*) FILTER (WHERE "firstReplyAt" IS NOT NULL)::int AS replied,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstReplyAt" - "createdAt"))
        FILTER (WHERE "firstReplyAt" IS NOT NULL)::float8 AS median_first_reply_s,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "settledAt" - "createdAt"))
        FILTER (WHERE "settledAt" IS NOT NULL AND status = 'SETTLED')::float8 AS median_settlement_s,
      count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue,
      count(satisfaction)::int AS rated,
      avg(satisfaction)::float8 AS average_satisfaction,
      count(*) FILTER (WHERE satisfaction = 1)::int AS s1,
      count(*) FILTER (WHERE satisfaction = 2)::int AS s2,
      count(*) FILTER (WHERE satisfaction = 3)::int AS s3,
      count(*) FILTER (WHERE satisfaction = 4)::int AS s4,
      count(*) FILTER (WHERE satisfaction = 5)::int AS s5,
      count(*) FILTER (WHERE ${REPLIED_ON_TIME})::int AS replied_on_time,
      count(*) FILTER (WHERE ${SETTLED_ON_TIME})::int AS settled_on_time
    FROM "Wish" w
    WHERE ${where}`;
  const row = rows[0];
  if (!row) throw new Error("report query returned no row");
  const hours = (seconds: number | null) => (seconds === null ? null : seconds / 3600);
  return {
    ...reportCounts(row),
    medianHoursToFirstReply: hours(row.median_first_reply_s),
    medianHoursToSettlement: hours(row.median_settlement_s),
    mediansApproximate: false,
    averageSatisfaction: row.average_satisfaction,
    breakdown: null,
  };
}
