// The inbox's order (issue 16): what needs staff today comes first.
//   rank 0: overdue (lib/wishes/overdue.ts);
//   rank 1: due today: a first reply or a unit's answer due before the end of
//           today (Shenzhen), or an assistance request whose help is needed
//           within 24 hours;
//   rank 2: everything else, newest first.
// Within a rank, newest first. Only open wishes can be urgent, so ranks 0 and 1
// are a small set read through the state index, and rank 2 walks the
// (communityId, createdAt, id) index as before: the page stays cheap at a
// million wishes. The predicates here and their SQL must agree; the integration
// test checks both.
import { Prisma } from "@/lib/db/generated/client";
import type { WishStatus } from "@/lib/db/generated/enums";
import { shanghaiDay, shanghaiInstant } from "@/lib/time/shanghai";
import { isOpenStatus, OPEN_WISH_STATUSES } from "./lifecycle";
import { isWishOverdue, overdueSql } from "./overdue";

const DAY_MS = 86_400_000;
/** Help needed within this is flagged on the card and ranks as due today. */
const NEEDED_SOON_MS = DAY_MS;

export interface UrgencyFacts {
  status: WishStatus;
  replyDueAt: Date;
  referralDueAt: Date | null;
  neededAt: Date | null;
}

/** The start of today in Shenzhen. */
export function startOfShanghaiDay(now: Date): Date {
  return shanghaiInstant(shanghaiDay(now)) ?? now;
}

/** The start of the next Shenzhen calendar day. */
export function endOfShanghaiDay(now: Date): Date {
  return new Date(startOfShanghaiDay(now).getTime() + DAY_MS);
}

/** Help needed from now to 24 hours on, on a wish not yet done. */
export function isNeededSoon(wish: Pick<UrgencyFacts, "status" | "neededAt">, now: Date): boolean {
  if (!wish.neededAt || !isOpenStatus(wish.status)) return false;
  const ahead = wish.neededAt.getTime() - now.getTime();
  return ahead >= 0 && ahead <= NEEDED_SOON_MS;
}

function isDueToday(wish: UrgencyFacts, now: Date): boolean {
  const end = endOfShanghaiDay(now);
  if (wish.status === "SUBMITTED" && wish.replyDueAt < end) return true;
  if (wish.status === "REFERRED" && wish.referralDueAt !== null && wish.referralDueAt < end) return true;
  return isNeededSoon(wish, now);
}

export function urgencyRank(wish: UrgencyFacts, now: Date): 0 | 1 | 2 {
  if (isWishOverdue(wish, now)) return 0;
  return isDueToday(wish, now) ? 1 : 2;
}

/** Whole days past due, at least 1, for "超期 N 天"; null when not overdue. */
export function overdueDays(wish: UrgencyFacts, now: Date): number | null {
  if (!isWishOverdue(wish, now)) return null;
  const due = wish.status === "REFERRED" && wish.referralDueAt ? wish.referralDueAt : wish.replyDueAt;
  return Math.max(1, Math.floor((now.getTime() - due.getTime()) / DAY_MS));
}

/** isDueToday's rule for a WHERE clause on "Wish" aliased `w`. */
function dueTodaySql(now: Date): Prisma.Sql {
  const end = endOfShanghaiDay(now);
  const soon = new Date(now.getTime() + NEEDED_SOON_MS);
  return Prisma.sql`((w.status = 'SUBMITTED'::"WishStatus" AND w."replyDueAt" < ${end}::timestamptz)
    OR (w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${end}::timestamptz)
    OR (w."neededAt" >= ${now}::timestamptz AND w."neededAt" <= ${soon}::timestamptz))`;
}

// The life cycle's open states (DECIDED included: the council's work is still to be done).
const openSql = Prisma.sql`w.status IN (${Prisma.join(OPEN_WISH_STATUSES.map((status) => Prisma.sql`${status}::"WishStatus"`))})`;

/** Ranks 0 and 1; never NULL, so NOT of it is the whole of rank 2. */
export function urgentSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${openSql} AND COALESCE(${overdueSql(now)} OR ${dueTodaySql(now)}, false))`;
}

/**
 * Ranks 0 and 1 as disjoint branches, each served by an index: a state with
 * its due-date index (a date window), or help needed within 24 hours
 * (the neededAt index). Each branch reads at most one page in createdAt
 * order; one query over all urgent wishes would sort every open wish.
 */
export function urgentBranches(now: Date): { rank: 0 | 1; where: Prisma.Sql }[] {
  const end = endOfShanghaiDay(now);
  const soon = new Date(now.getTime() + NEEDED_SOON_MS);
  // Wishes the date branches above already hold (a due date before the end of today).
  const byDate = Prisma.sql`COALESCE((w.status = 'SUBMITTED'::"WishStatus" AND w."replyDueAt" < ${end}::timestamptz)
    OR (w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${end}::timestamptz), false)`;
  return [
    { rank: 0, where: Prisma.sql`w.status = 'SUBMITTED'::"WishStatus" AND w."replyDueAt" < ${now}::timestamptz` },
    { rank: 0, where: Prisma.sql`w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${now}::timestamptz` },
    {
      rank: 1,
      where: Prisma.sql`w.status = 'SUBMITTED'::"WishStatus"
        AND w."replyDueAt" >= ${now}::timestamptz AND w."replyDueAt" < ${end}::timestamptz`,
    },
    {
      rank: 1,
      where: Prisma.sql`w.status = 'REFERRED'::"WishStatus"
        AND w."referralDueAt" >= ${now}::timestamptz AND w."referralDueAt" < ${end}::timestamptz`,
    },
    {
      rank: 1,
      where: Prisma.sql`w."neededAt" >= ${now}::timestamptz AND w."neededAt" <= ${soon}::timestamptz
        AND ${openSql} AND NOT ${byDate}`,
    },
  ];
}
