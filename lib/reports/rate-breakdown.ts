// The three rates per category and per receiving unit, for the scopes the exact
// report answers (a market day, a period of up to EXACT_MEDIAN_LIMIT wishes):
// one GROUP BY over the same rows, through the same indexes. "By unit" counts
// the wishes referred to a partner organisation, under the unit they are with now.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
// The report's own read: the replica when there is one (lib/db/replica.ts).
import { replicaDb } from "@/lib/db/replica";
import { REPLIED_ON_TIME, SETTLED_ON_TIME } from "./rate-sql";
import { threeRates, type RateCounts } from "./three-rates";
import type { RateBreakdown, RateBreakdownRow } from "./rate-breakdown-types";
import type { ResolvedScope } from "./wish-report-types";

interface Row {
  key: string | null;
  name: string | null;
  name_en: string | null;
  collected: number;
  replied_on_time: number;
  settled: number;
  settled_on_time: number;
  rated: number;
  satisfied: number;
}

function scopeSql(communityId: string, scope: ResolvedScope): Prisma.Sql {
  return scope.kind === "marketDay"
    ? Prisma.sql`"communityId" = ${communityId}::uuid AND "marketDayId" = ${scope.marketDayId}::uuid`
    : Prisma.sql`"communityId" = ${communityId}::uuid AND "createdAt" >= ${scope.start} AND "createdAt" < ${scope.end}`;
}

const COUNTS = Prisma.sql`
  count(*)::int AS collected,
  count(*) FILTER (WHERE ${REPLIED_ON_TIME})::int AS replied_on_time,
  count(*) FILTER (WHERE status = 'SETTLED')::int AS settled,
  count(*) FILTER (WHERE ${SETTLED_ON_TIME})::int AS settled_on_time,
  count(satisfaction)::int AS rated,
  count(*) FILTER (WHERE satisfaction >= 4)::int AS satisfied`;

function toRow(r: Row): RateBreakdownRow {
  const counts: RateCounts = {
    collected: r.collected,
    repliedOnTime: r.replied_on_time,
    settled: r.settled,
    settledOnTime: r.settled_on_time,
    rated: r.rated,
    satisfied: r.satisfied,
  };
  return { key: r.key, name: r.name, nameEn: r.name_en, counts, rates: threeRates(counts) };
}

export async function queryRateBreakdown(communityId: string, scope: ResolvedScope): Promise<RateBreakdown> {
  const where = scopeSql(communityId, scope);
  const [byCategory, byUnit] = await Promise.all([
    replicaDb().$queryRaw<Row[]>`
      SELECT category::text AS key, NULL AS name, NULL AS name_en, ${COUNTS}
        FROM "Wish" WHERE ${where}
       GROUP BY category ORDER BY category NULLS LAST`,
    replicaDb().$queryRaw<Row[]>`
      WITH counts AS (
        SELECT "referralOrgId" AS key, ${COUNTS}
          FROM "Wish" WHERE ${where} AND "referralOrgId" IS NOT NULL
         GROUP BY "referralOrgId"
      )
      SELECT c.key::text AS key, o.name, o."nameEn" AS name_en, c.collected, c.replied_on_time, c.settled,
             c.settled_on_time, c.rated, c.satisfied
        FROM counts c JOIN "Organization" o ON o.id = c.key
       ORDER BY c.collected DESC, o.name`,
  ]);
  return { byCategory: byCategory.map(toRow), byUnit: byUnit.map(toRow) };
}
