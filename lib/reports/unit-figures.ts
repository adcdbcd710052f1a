// Unit accountability (issue 14 §3): per receiving unit, what happened to the
// referrals it was sent — received, accepted, answered on time, the median time
// to answer, returned, extended, overdue now — and the satisfaction of the wishes
// its answers settled. One GROUP BY over "Referral" (a period through its index
// on communityId, sentAt); the rating is on the referral (Referral.satisfaction,
// set with the rating), so "Wish" is joined only for a market day's scope. No
// personal data: the same rows feed the staff report and the unit's public page.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";

export interface UnitFigures {
  organizationId: string;
  name: string;
  nameEn: string | null;
  received: number;
  accepted: number;
  answered: number;
  answeredOnTime: number;
  /** Median hours from sending to the answer, over answered referrals; null with none. */
  medianHoursToAnswer: number | null;
  returned: number;
  extended: number;
  /** Still open and past their due date now. */
  overdue: number;
  rated: number;
  /** Mean 1–5 rating of the wishes the unit's answers settled; null when none is rated. */
  satisfaction: number | null;
}

export interface UnitFigureScope {
  communityId?: string;
  /** Several communities (the subdistrict view). */
  communityIds?: readonly string[];
  organizationId?: string;
  /** Referrals sent within [start, end). */
  start?: Date;
  end?: Date;
  marketDayId?: string;
}

interface Row {
  organization_id: string;
  name: string;
  name_en: string | null;
  received: number;
  accepted: number;
  answered: number;
  answered_on_time: number;
  median_seconds: number | null;
  returned: number;
  extended: number;
  overdue: number;
  rated: number;
  satisfaction: number | null;
}

function whereOf(scope: UnitFigureScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.communityId) parts.push(Prisma.sql`r."communityId" = ${scope.communityId}::uuid`);
  if (scope.communityIds) parts.push(Prisma.sql`r."communityId" = ANY(${[...scope.communityIds]}::uuid[])`);
  if (scope.organizationId) parts.push(Prisma.sql`r."organizationId" = ${scope.organizationId}::uuid`);
  if (scope.start) parts.push(Prisma.sql`r."sentAt" >= ${scope.start}`);
  if (scope.end) parts.push(Prisma.sql`r."sentAt" < ${scope.end}`);
  if (scope.marketDayId) parts.push(Prisma.sql`w."marketDayId" = ${scope.marketDayId}::uuid`);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * `reader` is the primary unless the caller passes the replica: the staff report
 * and the subdistrict's comparison do (lib/db/replica.ts). The unit's public page
 * caches these figures ('use cache'), so it must read the primary, and this module
 * must not import the replica (tests/unit/replica-not-in-cache.test.ts).
 */
export async function queryUnitFigures(
  scope: UnitFigureScope,
  now: Date = new Date(),
  reader: PrismaClient = db,
): Promise<UnitFigures[]> {
  const rows = await reader.$queryRaw<Row[]>`
    SELECT o.id AS organization_id, o.name, o."nameEn" AS name_en,
           count(*)::int AS received,
           count(*) FILTER (WHERE r."acceptedAt" IS NOT NULL OR r."answeredAt" IS NOT NULL)::int AS accepted,
           count(r."answeredAt")::int AS answered,
           count(*) FILTER (WHERE r."answeredAt" <= r."dueAt")::int AS answered_on_time,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."answeredAt" - r."sentAt"))
             FILTER (WHERE r."answeredAt" IS NOT NULL) AS median_seconds,
           count(*) FILTER (WHERE r.status = 'RETURNED')::int AS returned,
           count(*) FILTER (WHERE r."extensionsGranted" > 0)::int AS extended,
           count(*) FILTER (WHERE r."closedAt" IS NULL AND r."dueAt" < ${now})::int AS overdue,
           count(r.satisfaction)::int AS rated,
           avg(r.satisfaction)::float8 AS satisfaction
      FROM "Referral" r
      JOIN "Organization" o ON o.id = r."organizationId"
      ${scope.marketDayId ? Prisma.sql`JOIN "Wish" w ON w.id = r."wishId"` : Prisma.empty}
     WHERE ${whereOf(scope)}
     GROUP BY o.id, o.name, o."nameEn"
     ORDER BY count(*) DESC, o.name`;
  return rows.map((r) => ({
    organizationId: r.organization_id,
    name: r.name,
    nameEn: r.name_en,
    received: r.received,
    accepted: r.accepted,
    answered: r.answered,
    answeredOnTime: r.answered_on_time,
    medianHoursToAnswer: r.median_seconds === null ? null : Math.round((Number(r.median_seconds) / 3600) * 10) / 10,
    returned: r.returned,
    extended: r.extended,
    overdue: r.overdue,
    rated: r.rated,
    satisfaction: r.satisfaction === null ? null : Math.round(Number(r.satisfaction) * 10) / 10,
  }));
}
