// The follow-up call queue (回访): settled wishes with a phone that nobody has
// rated since their latest settlement, settled at least HUIYIN_FOLLOW_UP_DAYS
// ago (the resident had time to rate from the tracking page first), and not yet
// tried FOLLOW_UP_MAX_ATTEMPTS times without an answer. Oldest settlement first:
// the longest-waiting resident is called first.
//
// Attempts are FOLLOW_UP_UNREACHED events since the latest settlement, so a wish
// reopened and settled again starts with a clean slate. Read through
// "Wish_communityId_status_settledAt_phoneLast4_ratedAt_idx" (phoneLast4 is set
// exactly when the phone is, and is checked in the index) and the events'
// (wishId, sequence) key.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { maskPhone } from "@/lib/privacy/personal-data";
import { FOLLOW_UP_MAX_ATTEMPTS } from "./follow-up-schema";

const DAY_MS = 24 * 60 * 60 * 1000;
const FOLLOW_UP_PAGE_SIZE = 50;

export interface FollowUpQueueItem {
  id: string;
  trackingCode: string;
  content: string;
  settledAt: Date;
  /** Only the last four digits are read: the list never decrypts a phone. */
  maskedPhone: string | null;
  version: number;
  attempts: number;
  lastAttemptAt: Date | null;
}

export interface FollowUpQueue {
  items: FollowUpQueueItem[];
  total: number;
  days: number;
}

interface QueueRow {
  id: string;
  trackingCode: string;
  content: string;
  settledAt: Date;
  phoneLast4: string | null;
  version: number;
  attempts: number;
  lastAttemptAt: Date | null;
  total: number;
}

/** The SQL condition of "in the queue", shared by the list and the service's check. */
function queueCondition(communityId: string, cutoff: Date): Prisma.Sql {
  return Prisma.sql`w."communityId" = ${communityId}::uuid
    AND w.status = 'SETTLED'::"WishStatus"
    AND w."phoneLast4" IS NOT NULL AND w."phoneEnc" IS NOT NULL
    AND w."settledAt" <= ${cutoff}
    AND (w."ratedAt" IS NULL OR w."ratedAt" < w."settledAt")
    AND a.attempts < ${FOLLOW_UP_MAX_ATTEMPTS}`;
}

const ATTEMPTS = Prisma.sql`CROSS JOIN LATERAL (
    SELECT count(*)::int AS attempts, max(e."createdAt") AS "lastAttemptAt"
      FROM "WishEvent" e
     WHERE e."wishId" = w.id AND e.action = 'FOLLOW_UP_UNREACHED'::"WishAction" AND e."createdAt" >= w."settledAt"
  ) a`;

function followUpCutoff(now: Date, days: number = env.HUIYIN_FOLLOW_UP_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** The query itself, scoped by community; the page goes through listFollowUpQueue. */
export async function queryFollowUpQueue(
  communityId: string,
  now: Date,
  days: number = env.HUIYIN_FOLLOW_UP_DAYS,
): Promise<FollowUpQueue> {
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT w.id, w."trackingCode", w.content, w."settledAt", w."phoneLast4", w.version,
           a.attempts, a."lastAttemptAt", (count(*) OVER ())::int AS total
      FROM "Wish" w ${ATTEMPTS}
     WHERE ${queueCondition(communityId, followUpCutoff(now, days))}
     ORDER BY w."settledAt" ASC, w.id ASC
     LIMIT ${FOLLOW_UP_PAGE_SIZE}`;
  return {
    days,
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      trackingCode: r.trackingCode,
      content: r.content,
      settledAt: r.settledAt,
      maskedPhone: maskPhone(null, r.phoneLast4),
      version: r.version,
      attempts: r.attempts,
      lastAttemptAt: r.lastAttemptAt,
    })),
  };
}

export async function listFollowUpQueue(actor: Actor | null, now = new Date()): Promise<FollowUpQueue> {
  assertCan(actor, "wish.followUp");
  return queryFollowUpQueue(actor.communityId, now);
}

/**
 * Whether the wish may take a follow-up outcome now: settled, with a phone,
 * unrated since its settlement, under the attempt limit. The delay in days is
 * not checked: a call made a day early is still a good call.
 */
export async function isFollowUpOpen(tx: Prisma.TransactionClient, wishId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ open: boolean }[]>`
    SELECT (w.status = 'SETTLED'::"WishStatus" AND w."phoneEnc" IS NOT NULL
            AND (w."ratedAt" IS NULL OR w."ratedAt" < w."settledAt")
            AND a.attempts < ${FOLLOW_UP_MAX_ATTEMPTS}) AS open
      FROM "Wish" w ${ATTEMPTS}
     WHERE w.id = ${wishId}::uuid
       FOR UPDATE OF w`;
  return rows[0]?.open ?? false;
}
