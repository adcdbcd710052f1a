// The on-time conditions of the three rates (./three-rates.ts) as SQL on "Wish"
// (no alias), for the exact report and the breakdown. The roll-up's trigger
// (prisma/routines/wish-daily-stat.sql) has the same two conditions;
// tests/integration/three-rates.test.ts checks that both paths agree.
import { Prisma } from "@/lib/db/generated/client";

export const REPLIED_ON_TIME = Prisma.sql`"firstReplyAt" IS NOT NULL AND "firstReplyAt" <= "replyDueAt"`;

export const SETTLED_ON_TIME = Prisma.sql`status = 'SETTLED' AND "settledAt" IS NOT NULL
  AND "settledAt" <= coalesce("referralDueAt", "replyDueAt")`;
