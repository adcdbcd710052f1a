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

/** The targets for a wish of this kind and category (a few rows per community at most). */
export async function targetsFor(
  communityId: string,
  kind: string,
  category: string | null,
  client: Reader = db,
): Promise<DeadlineTargets> {
  // Due dates are computed from these targets next: the calendar must be current.
  const [rows] = await Promise.all([
    client.deadlineTarget.findMany({ where: { communityId }, select: ROW }) as Promise<TargetRow[]>,
    ensureWorkingCalendar(),
  ]);
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
