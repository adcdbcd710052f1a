// The report of a market day or a period: which query computes it, and the
// permission-checked entry points the report page, the printable summary and the
// benchmark use.
// - A market day, and a short period: exact, in one aggregate over its wishes
//   (./wish-report-exact.ts); a market day at a million wishes is ~4,000 rows.
//   The three rates per category and unit (./rate-breakdown.ts) come with it.
// - A period of whole days holding more than EXACT_MEDIAN_LIMIT wishes: summed from
//   the daily roll-up (./wish-report-rollup.ts), exact counts and medians within
//   one duration bucket, whatever the length of the period. The roll-up is per
//   day only, so such a report has the three rates overall, not per category or unit.
import "server-only";
// Staff reports read the replica when there is one (lib/db/replica.ts): never a cached public query.
import { replicaDb } from "@/lib/db/replica";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { periodBounds, type ReportScope } from "./report-scope";
import { queryRateBreakdown } from "./rate-breakdown";
import { queryExactWishReport } from "./wish-report-exact";
import { countRolledUp, coversWholeDays, queryRolledUpPeriodReport } from "./wish-report-rollup";
import type { ResolvedScope, WishReport } from "./wish-report-types";

export type { ResolvedScope, WishReport } from "./wish-report-types";

/**
 * Up to this many wishes in a period, the exact query is cheap (under about 40 ms
 * on the benchmark machine) and gives exact medians: a typical community's whole
 * year. Beyond, reading and sorting every duration is what costs, and the roll-up
 * answers instead, in tens of milliseconds however long the period.
 */
export const EXACT_MEDIAN_LIMIT = 10_000;

/**
 * The query itself, without permission checks: the benchmark and the report page
 * share it. `communityId` always scopes it.
 */
export async function queryWishReport(
  communityId: string,
  scope: ResolvedScope,
  now = new Date(),
): Promise<WishReport> {
  if (
    scope.kind === "period" &&
    coversWholeDays(scope) &&
    (await countRolledUp(communityId, scope)) > EXACT_MEDIAN_LIMIT
  ) {
    return queryRolledUpPeriodReport(communityId, scope, now);
  }
  const [report, breakdown] = await Promise.all([
    queryExactWishReport(communityId, scope, now),
    queryRateBreakdown(communityId, scope),
  ]);
  return { ...report, breakdown };
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
export async function getWishReport(
  actor: Actor | null,
  scope: ReportScope,
  now = new Date(),
): Promise<ScopedReport | null> {
  assertCan(actor, "report.view");
  if (scope.kind === "none") return null;
  if (scope.kind === "period") {
    const bounds = periodBounds(scope.from, scope.to);
    const report = await queryWishReport(actor.communityId, { kind: "period", ...bounds }, now);
    return { report, marketDay: null, period: { from: scope.from, to: scope.to } };
  }
  const marketDay = await replicaDb().marketDay.findFirst({
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
  return replicaDb().marketDay.findMany({
    where: { communityId: actor.communityId, status: { not: "DRAFT" } },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, title: true, titleEn: true, startsAt: true, place: true, placeEn: true },
  });
}
