// 催办 to receiving units (issue 14 §2): an open referral gets a message with
// its link when 75 % of its time has gone, and another once its due date has
// passed. One of each per referral: the rows are keyed on the event that opened
// the referral (REFER or REROUTE), the channel and the kind, so a second worker
// or a rerun adds none. Staff hear of the same deadlines through the staff
// alerts (lib/staff-alerts). Run by the worker's periodic jobs.
import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationChannel, NotificationKind } from "@/lib/db/generated/enums";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { workingShareElapsed } from "@/lib/time/working-days";
import { OPEN_REFERRAL_STATUSES } from "./referral-steps";

/** The share of the time allowed after which the unit is reminded. */
const REMINDER_SHARE = 0.75;

/** Which reminder, if any, an open referral is due for now; the share counts working time only. */
export function unitReminderKind(sentAt: Date, dueAt: Date, now: Date): NotificationKind | null {
  if (now.getTime() > dueAt.getTime()) return "UNIT_OVERDUE";
  if (workingShareElapsed(sentAt, dueAt, now) >= REMINDER_SHARE) return "UNIT_REMINDER";
  return null;
}

export async function remindUnits(now: Date = new Date()): Promise<number> {
  const open = await db.referral.findMany({
    where: { status: { in: [...OPEN_REFERRAL_STATUSES] }, closedAt: null },
    select: {
      id: true,
      wishId: true,
      sentAt: true,
      dueAt: true,
      organization: { select: { contactEmail: true, contactPhone: true } },
      events: {
        where: { action: { in: ["REFER", "REROUTE"] } },
        orderBy: { sequence: "desc" },
        take: 1,
        select: { sequence: true },
      },
    },
  });
  const rows = open.flatMap((r) => {
    const kind = unitReminderKind(r.sentAt, r.dueAt, now);
    const opened = r.events[0];
    if (!kind || !opened) return [];
    const channels: NotificationChannel[] = [];
    if (r.organization.contactEmail) channels.push("EMAIL");
    if (r.organization.contactPhone) channels.push("SMS");
    return channels.map((channel) => ({
      wishId: r.wishId,
      referralId: r.id,
      eventSequence: opened.sequence,
      kind,
      channel,
      deliverAfter: now,
    }));
  });
  if (rows.length === 0) return 0;
  const created = await db.notification.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } });
  notifyAfterCommit(created.map((c) => c.id));
  return created.length;
}
