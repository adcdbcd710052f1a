// The figures on the dashboard home (/admin): what needs attention now. One
// scan of the community's wishes with FILTERed counts; "overdue" uses the same
// SQL as the inbox's overdue filter (overdue.ts), so a figure and the list it
// links to always agree.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { OPEN_WISH_STATUSES } from "./lifecycle";
import { overdueSql } from "./overdue";

export interface DashboardSummary {
  open: number;
  submitted: number;
  overdue: number;
  /** Referrals past their unit's due date: flagged to the secretary (issue 14 §2). */
  overdueReferrals: number;
  reopened: number;
  escalated: number;
}

interface Row {
  open: bigint;
  submitted: bigint;
  overdue: bigint;
  overdueReferrals: bigint;
  reopened: bigint;
  escalated: bigint;
}

export async function dashboardSummary(actor: Actor | null, now: Date = new Date()): Promise<DashboardSummary> {
  assertCan(actor, "wish.view");
  const open = Prisma.join(OPEN_WISH_STATUSES.map((s) => Prisma.sql`${s}::"WishStatus"`));
  const rows = await db.$queryRaw<Row[]>`
    SELECT
      count(*) FILTER (WHERE w.status IN (${open})) AS open,
      count(*) FILTER (WHERE w.status = 'SUBMITTED'::"WishStatus") AS submitted,
      count(*) FILTER (WHERE ${overdueSql(now)}) AS overdue,
      count(*) FILTER (WHERE w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${now}::timestamptz)
        AS "overdueReferrals",
      count(*) FILTER (WHERE w.status = 'REOPENED'::"WishStatus") AS reopened,
      count(*) FILTER (WHERE w.status = 'ESCALATED'::"WishStatus") AS escalated
    FROM "Wish" w
    WHERE w."communityId" = ${actor.communityId}::uuid
      AND w.status IN (${open})`;
  const row = rows[0];
  return {
    open: Number(row?.open ?? 0),
    submitted: Number(row?.submitted ?? 0),
    overdue: Number(row?.overdue ?? 0),
    overdueReferrals: Number(row?.overdueReferrals ?? 0),
    reopened: Number(row?.reopened ?? 0),
    escalated: Number(row?.escalated ?? 0),
  };
}
