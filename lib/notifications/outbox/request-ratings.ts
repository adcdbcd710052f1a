// The rating request (issue 13 §5): a settled wish with a phone, whose resident
// agreed to messages and has not rated it, gets an SMS with the rating link one
// day before it would enter the staff's follow-up queue (HUIYIN_FOLLOW_UP_DAYS),
// so many residents rate with a tap and staff call only the rest. One request
// per settlement: the row is keyed on the settlement's event and the kind.
// Run by the worker's periodic jobs (./periodic-jobs.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { notifyAfterCommit } from "./notify-after-commit";

const DAY = 86_400_000;
/** Settlements older than this are left to the queue: a month-late text helps nobody. */
const OLDEST_DAYS = 14;

export async function requestRatings(
  now: Date = new Date(),
  followUpDays: number = env.HUIYIN_FOLLOW_UP_DAYS,
): Promise<number> {
  const waitDays = Math.max(followUpDays - 1, 1);
  const candidates = await db.wish.findMany({
    where: {
      status: "SETTLED",
      settledAt: { lte: new Date(now.getTime() - waitDays * DAY), gte: new Date(now.getTime() - OLDEST_DAYS * DAY) },
      phoneEnc: { not: null },
      messageConsentAt: { not: null },
      messagesStoppedAt: null,
    },
    select: {
      id: true,
      phoneHash: true,
      ratedAt: true,
      settledAt: true,
      events: {
        where: { action: { in: ["SETTLE", "HANDLE_ON_SITE"] } },
        orderBy: { sequence: "desc" },
        take: 1,
        select: { sequence: true },
      },
    },
    take: 500,
  });
  const rows = candidates
    // Rated since this settlement: nothing to ask.
    .filter((w) => !(w.ratedAt && w.settledAt && w.ratedAt >= w.settledAt) && w.events[0])
    .map((w) => ({
      wishId: w.id,
      eventSequence: w.events[0]!.sequence,
      kind: "RATING_REQUEST" as const,
      channel: "SMS" as const,
      recipientHash: w.phoneHash,
      deliverAfter: firstDeliveryAt(now),
    }));
  if (rows.length === 0) return 0;
  const created = await db.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } });
  notifyAfterCommit(created.map((r) => r.id));
  return created.length;
}
