// When is a wish overdue (issue 5, "Reply deadlines")? Two clocks:
// - the first reply: a wish nobody has answered yet (SUBMITTED) past replyDueAt
//   (createdAt + the community's reply target, 48 h by default);
// - the referral: a wish still with a unit (REFERRED) past the unit's due date.
// Every other state has had its first reply (REFER, ESCALATE, SETTLE and
// HANDLE_ON_SITE stamp firstReplyAt, see lifecycle.ts) and no unit clock running,
// so those two states are the whole rule, and each has its own due-date index.
// The predicate and the SQL must agree; tests/integration/admin-inbox.test.ts checks both.
import { Prisma } from "@/lib/db/generated/client";
import type { WishStatus } from "@/lib/db/generated/enums";

export interface OverdueFacts {
  status: WishStatus;
  replyDueAt: Date;
  referralDueAt: Date | null;
}

export function isWishOverdue(wish: OverdueFacts, now: Date): boolean {
  if (wish.status === "SUBMITTED") return wish.replyDueAt < now;
  if (wish.status === "REFERRED") return wish.referralDueAt !== null && wish.referralDueAt < now;
  return false;
}

/** The same rule for a WHERE clause on "Wish" aliased `w`. */
export function overdueSql(now: Date): Prisma.Sql {
  return Prisma.sql`((w.status = 'SUBMITTED'::"WishStatus" AND w."replyDueAt" < ${now}::timestamptz)
    OR (w.status = 'REFERRED'::"WishStatus" AND w."referralDueAt" < ${now}::timestamptz))`;
}
