// The report figures of a market day or a period, in ONE aggregate query: counts
// with FILTER clauses and medians with percentile_cont over the milestone columns
// of Wish (set by the transitions, see lib/wishes/lifecycle.ts). Scoped by community
// and by marketDayId ("Wish_marketDayId_status_idx") or createdAt
// ("Wish_communityId_createdAt_id_idx"), so a market day at a million wishes reads
// only that day's rows. "Overdue" is the inbox's rule (lib/wishes/overdue.ts).
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { overdueSql } from "@/lib/wishes/overdue";
import { periodBounds, type ReportScope } from "./report-scope";

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
  /** Open wishes past their reply target or referral due date. */
  overdue: number;
  rated: number;
  averageSatisfaction: number | null;
  /** Index 0 is the count of 1-star ratings … index 4 of 5-star ratings. */
  satisfaction: [number, number, number, number, number];
}

interface ReportRow {
  collected: number;
  handled_on_site: number;
  referred: number;
  escalated: number;
  settled: number;
  replied: number;
  median_first_reply_s: number | null;
  median_settlement_s: number | null;
  overdue: number;
  rated: number;
  average_satisfaction: number | null;
  s1: number;
  s2: number;
  s3: number;
  s4: number;
  s5: number;
}

export type ResolvedScope =
  | { kind: "marketDay"; marketDayId: string }
  | { kind: "period"; start: Date; end: Date };

/**
 * The query itself, without permission checks: the benchmark and the report page
 * share it. `communityId` always scopes it.
 */
export async function queryWishReport(communityId: string, scope: ResolvedScope, now = new Date()): Promise<WishReport> {
  const where =
    scope.kind === "marketDay"
      ? Prisma.sql`"communityId" = ${communityId}::uuid AND "marketDayId" = ${scope.marketDayId}::uuid`
      : Prisma.sql`"communityId" = ${communityId}::uuid AND "createdAt" >= ${scope.start} AND "createdAt" < ${scope.end}`;
  const rows = await db.$queryRaw<ReportRow[]>`
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
      count(*) FILTER (WHERE satisfaction = 5)::int AS s5
    FROM "Wish" w
    WHERE ${where}`;
  const row = rows[0];
  if (!row) throw new Error("report query returned no row");
  const hours = (seconds: number | null) => (seconds === null ? null : seconds / 3600);
  return {
    collected: row.collected,
    handledOnSite: row.handled_on_site,
    referred: row.referred,
    escalated: row.escalated,
    settled: row.settled,
    replied: row.replied,
    replyRate: row.collected === 0 ? null : row.replied / row.collected,
    medianHoursToFirstReply: hours(row.median_first_reply_s),
    medianHoursToSettlement: hours(row.median_settlement_s),
    overdue: row.overdue,
    rated: row.rated,
    averageSatisfaction: row.average_satisfaction,
    satisfaction: [row.s1, row.s2, row.s3, row.s4, row.s5],
  };
}

export interface ReportMarketDay {
  id: string;
  slug: string;
  title: string;
  titleEn: string | null;
  startsAt: Date;
  place: string;
  placeEn: string | null;
}

export interface ScopedReport {
  report: WishReport;
  marketDay: ReportMarketDay | null;
  period: { from: string; to: string } | null;
}

/** Null when the scope names a market day that is not in the actor's community. */
export async function getWishReport(actor: Actor | null, scope: ReportScope, now = new Date()): Promise<ScopedReport | null> {
  assertCan(actor, "report.view");
  if (scope.kind === "none") return null;
  if (scope.kind === "period") {
    const bounds = periodBounds(scope.from, scope.to);
    const report = await queryWishReport(actor.communityId, { kind: "period", ...bounds }, now);
    return { report, marketDay: null, period: { from: scope.from, to: scope.to } };
  }
  const marketDay = await db.marketDay.findFirst({
    where: { slug: scope.slug, communityId: actor.communityId },
    select: { id: true, slug: true, title: true, titleEn: true, startsAt: true, place: true, placeEn: true },
  });
  if (!marketDay) return null;
  const report = await queryWishReport(actor.communityId, { kind: "marketDay", marketDayId: marketDay.id }, now);
  return { report, marketDay, period: null };
}

/** Market days of the actor's community for the filter's select, latest first. */
export async function listReportMarketDays(actor: Actor | null): Promise<ReportMarketDay[]> {
  assertCan(actor, "report.view");
  return db.marketDay.findMany({
    where: { communityId: actor.communityId, status: { not: "DRAFT" } },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, title: true, titleEn: true, startsAt: true, place: true, placeEn: true },
  });
}
