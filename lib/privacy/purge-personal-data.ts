// Retention, as the privacy page promises: a resident's personal data is kept
// for one year (lib/privacy/personal-columns.ts: name, phone, building,
// addresses, mobility aids, rating comment). Run daily by `npm run db:purge`.
//
// - Settled wishes: one year after settlement. Merged wishes: one year after
//   their last change (they have no settlement of their own).
// - Wishes still open one year after submission lose their personal data too,
//   and stay open. Closing them instead would tell the resident "done" when
//   nothing was done (事事有回音) and bend the report figures; keeping the data
//   would break the one-year promise. Staff still work the wish and answer on
//   the tracking page (the code alone opens a wish without a phone); the
//   ERASE_CONTACT event in its history tells them why the phone is gone.
//
// The wish text, its reply and its history stay for the figures, no longer
// linked to a person. Each wish is one transaction: a conditional update on its
// version plus a SYSTEM ERASE_CONTACT event, like every other change of a wish
// (lib/wishes/lifecycle.ts). A wish staff change meanwhile is skipped and
// caught by the next run.
//
// Takes the client as a parameter (no "server-only"): the CLI script calls it.
import type { PrismaClient } from "@/lib/db/generated/client";
import { canActorTake, nextStatus, OPEN_WISH_STATUSES } from "../wishes/lifecycle";
import { ERASED_PERSONAL_DATA, HAS_PERSONAL_DATA } from "./personal-columns";

export const RETENTION_DAYS = 365;
/** A stopped reminder subscription is kept a month (a resident who changes their mind), then deleted. */
const STOPPED_REMINDER_DAYS = 30;
/** An unconfirmed one was never agreed to: a week is enough to find the email. */
const UNCONFIRMED_REMINDER_DAYS = 7;
const BATCH = 500;

export interface PurgeResult {
  /** Wishes whose personal data was deleted (open ones included). */
  wishes: number;
  /** Of those, wishes still open a year after submission. */
  openWishes: number;
  /** Market-day reminder subscriptions deleted: stopped, or never confirmed. */
  reminderSubscriptions: number;
  cutoff: Date;
}

export async function purgePersonalData(db: PrismaClient, now: Date = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  if (!canActorTake("ERASE_CONTACT", "SYSTEM")) throw new Error("the purge may not erase contact details");
  const due = {
    AND: [
      HAS_PERSONAL_DATA,
      {
        OR: [
          { status: "SETTLED" as const, settledAt: { lt: cutoff } },
          { status: "DUPLICATE" as const, updatedAt: { lt: cutoff } },
          { status: { in: [...OPEN_WISH_STATUSES] }, createdAt: { lt: cutoff } },
        ],
      },
    ],
  };
  let wishes = 0;
  let openWishes = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.wish.findMany({
      where: { ...due, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, status: true, version: true },
    });
    for (const wish of batch) {
      const erased = await db.$transaction(async (tx) => {
        const { count } = await tx.wish.updateMany({
          where: { id: wish.id, status: wish.status, version: wish.version },
          data: { ...ERASED_PERSONAL_DATA, version: wish.version + 1 },
        });
        if (count !== 1) return false;
        await tx.wishEvent.create({
          data: {
            wishId: wish.id,
            sequence: wish.version + 1,
            action: "ERASE_CONTACT",
            fromStatus: wish.status,
            toStatus: nextStatus(wish.status, "ERASE_CONTACT"),
            actorType: "SYSTEM",
            createdAt: now,
          },
        });
        return true;
      });
      if (!erased) continue;
      wishes++;
      if ((OPEN_WISH_STATUSES as readonly string[]).includes(wish.status)) openWishes++;
    }
    if (batch.length < BATCH) break;
    after = batch.at(-1)?.id;
  }
  const day = 86_400_000;
  const { count: reminderSubscriptions } = await db.reminderSubscription.deleteMany({
    where: {
      OR: [
        { stoppedAt: { lt: new Date(now.getTime() - STOPPED_REMINDER_DAYS * day) } },
        { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - UNCONFIRMED_REMINDER_DAYS * day) } },
      ],
    },
  });
  if (wishes > 0 || reminderSubscriptions > 0) {
    await db.auditLog.create({
      data: {
        action: "privacy.purge",
        detail: { wishes, openWishes, reminderSubscriptions, cutoff: cutoff.toISOString() },
      },
    });
  }
  return { wishes, openWishes, reminderSubscriptions, cutoff };
}
