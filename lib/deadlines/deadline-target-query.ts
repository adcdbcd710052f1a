// Reading a community's deadline targets: for a wish as it arrives (submission,
// on-site entry), for the refer form's proposed due date, and for the admin page.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { pickTargets, type TargetRow } from "./pick-targets";
import type { DeadlineTargets } from "./deadline-targets";
import { ensureWorkingCalendar } from "./working-calendar";

type Reader = Pick<Prisma.TransactionClient, "deadlineTarget">;

const ROW = { kind: true, category: true, firstReplyDays: true, unitAnswerDays: true, settlementDays: true } as const;

/**
 * A community's rows, kept a minute in memory: a resident's submission makes no
 * round trip for them (a double tap racing itself must reach the insert as fast
 * as before). Saving or removing a row clears this instance's copy at once; the
 * other instances follow within the minute, as with the holiday schedule.
 */
const ROWS_TTL_MS = 60_000;
const rowsMemo = new Map<string, { rows: TargetRow[]; until: number }>();

export function forgetDeadlineTargets(communityId: string): void {
  rowsMemo.delete(communityId);
}

async function targetRows(communityId: string, client: Reader): Promise<TargetRow[]> {
  const memo = rowsMemo.get(communityId);
  if (client === db && memo && memo.until > Date.now()) return memo.rows;
  const rows: TargetRow[] = await client.deadlineTarget.findMany({ where: { communityId }, select: ROW });
  if (client === db) rowsMemo.set(communityId, { rows, until: Date.now() + ROWS_TTL_MS });
  return rows;
}

/** The targets for a wish of this kind and category (a few rows per community at most). */
export async function targetsFor(
  communityId: string,
  kind: string,
  category: string | null,
  client: Reader = db,
): Promise<DeadlineTargets> {
  // Due dates are computed from these targets next: the calendar must be current.
  const [rows] = await Promise.all([targetRows(communityId, client), ensureWorkingCalendar()]);
  return pickTargets(rows, kind, category);
}

export interface DeadlineTargetRow extends TargetRow {
  id: string;
  updatedAt: Date;
}

/** The admin page's table: the community's row first, then by kind and category. */
export async function listDeadlineTargets(communityId: string): Promise<DeadlineTargetRow[]> {
  return db.deadlineTarget.findMany({
    where: { communityId },
    select: { id: true, updatedAt: true, ...ROW },
    orderBy: [{ category: "asc" }, { kind: "asc" }],
  });
}

/** The community of a target row, for the remove action's check; null when there is none. */
export async function deadlineTargetCommunity(id: string): Promise<{ communityId: string } | null> {
  return db.deadlineTarget.findUnique({ where: { id }, select: { communityId: true } }).catch(() => null);
}
