// The subdistrict's comparison (issue 14 §4): for each community of the
// subdistrict, side by side, the three rates of a period (the report's own
// query, lib/reports/wish-report.ts), what is overdue now (the inbox's rule,
// lib/wishes/overdue.ts, in one GROUP BY over the open wishes of all of them)
// and the figures of the units their referrals went to (lib/reports/unit-figures.ts).
// Counts and rates only: no wish text, no personal data.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
// A staff report: the replica when there is one (lib/db/replica.ts); the
// permission lookup (subdistrictOf) stays on the primary.
import { replicaDb } from "@/lib/db/replica";
import { periodBounds } from "@/lib/reports/report-scope";
import { queryUnitFigures, type UnitFigures } from "@/lib/reports/unit-figures";
import { queryWishReport, type WishReport } from "@/lib/reports/wish-report";
import { OPEN_WISH_STATUSES } from "@/lib/wishes/lifecycle";
import { overdueSql } from "@/lib/wishes/overdue";
import { shanghaiDay } from "@/lib/time/shanghai";
import { subdistrictOf, type SubdistrictCommunity, type SubdistrictOverview } from "./subdistrict-scope";

export interface OpenNow {
  open: number;
  /** Past the first-reply target or the unit's due date: the inbox's overdue filter. */
  overdue: number;
  /** Referred wishes past their unit's due date. */
  overdueReferrals: number;
}

export interface CommunityComparison {
  community: SubdistrictCommunity;
  report: WishReport;
  now: OpenNow;
  units: UnitFigures[];
}

export interface Comparison {
  overview: SubdistrictOverview;
  period: { from: string; to: string };
  rows: CommunityComparison[];
}

/** Open and overdue wishes now, per community, in one pass over the open ones. */
async function queryOpenNow(communityIds: readonly string[], now: Date): Promise<Map<string, OpenNow>> {
  if (communityIds.length === 0) return new Map();
  const open = Prisma.join(OPEN_WISH_STATUSES.map((s) => Prisma.sql`${s}::"WishStatus"`));
  const rows = await replicaDb().$queryRaw<
    { communityId: string; open: number; overdue: number; overdueReferrals: number }[]
  >`
    SELECT w."communityId" AS "communityId",
           count(*)::int AS open,
           count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue,
           count(*) FILTER (WHERE w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${now}::timestamptz)::int
             AS "overdueReferrals"
      FROM "Wish" w
     WHERE w."communityId" = ANY(${[...communityIds]}::uuid[]) AND w.status IN (${open})
     GROUP BY w."communityId"`;
  return new Map(rows.map(({ communityId, ...counts }) => [communityId, counts]));
}

/** Without a chosen period: the last twelve months, as a subdistrict reviews its year. */
const DEFAULT_DAYS = 365;

/**
 * The comparison for a period of whole days (`to` inclusive); without one, the
 * last twelve months. Null for an account bound to no subdistrict.
 */
export async function compareCommunities(
  actor: Actor | null,
  requested: { from: string; to: string } | null,
  now: Date = new Date(),
): Promise<Comparison | null> {
  assertCan(actor, "subdistrict.view");
  const overview = await subdistrictOf(actor);
  if (!overview) return null;
  const ids = overview.communities.map((c) => c.id);
  const period = requested ?? {
    from: shanghaiDay(new Date(now.getTime() - (DEFAULT_DAYS - 1) * 86_400_000)),
    to: shanghaiDay(now),
  };
  const bounds = periodBounds(period.from, period.to);
  const [openNow, ...perCommunity] = await Promise.all([
    queryOpenNow(ids, now),
    ...overview.communities.map(async (community) => {
      const [report, units] = await Promise.all([
        queryWishReport(community.id, { kind: "period", ...bounds }, now),
        queryUnitFigures({ communityId: community.id, ...bounds }, now, replicaDb()),
      ]);
      return { community, report, units };
    }),
  ]);
  const none: OpenNow = { open: 0, overdue: 0, overdueReferrals: 0 };
  return {
    overview,
    period,
    rows: perCommunity.map((row) => ({ ...row, now: openNow.get(row.community.id) ?? none })),
  };
}
