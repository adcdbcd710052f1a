// The day-before reminder (issue 13 §4). Run every hour by the notification
// worker (and by `npm run reminders:send`): it finds the published market days
// that start tomorrow in Shenzhen, writes one delivery per confirmed
// subscription (a unique row, so a second run adds none), and sends those still
// pending. Outside quiet hours only; a failed send is tried again next run, up
// to five times.
import "server-only";
import { db } from "@/lib/db";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { shanghaiDay, shanghaiInstant } from "@/lib/time/shanghai";
import { reminderMessage } from "./reminder-messages";
import { configuredChannels, type ReminderChannels } from "./request-reminder";

const MAX_ATTEMPTS = 5;
const DAY_MS = 86_400_000;

export interface ReminderRun {
  marketDays: number;
  sent: number;
  failed: number;
  /** Inside quiet hours nothing is done; the next run outside them sends. */
  quiet: boolean;
}

export async function sendMarketDayReminders(
  now: Date = new Date(),
  options: { quietHours?: string; channels?: ReminderChannels } = {},
): Promise<ReminderRun> {
  const run: ReminderRun = { marketDays: 0, sent: 0, failed: 0, quiet: false };
  if (firstDeliveryAt(now, options.quietHours).getTime() > now.getTime()) return { ...run, quiet: true };
  const tomorrow = shanghaiInstant(shanghaiDay(new Date(now.getTime() + DAY_MS)))!;
  const days = await db.marketDay.findMany({
    where: { status: "PUBLISHED", startsAt: { gte: tomorrow, lt: new Date(tomorrow.getTime() + DAY_MS) } },
    select: {
      id: true,
      communityId: true,
      slug: true,
      theme: true,
      themeEn: true,
      place: true,
      placeEn: true,
      startsAt: true,
    },
  });
  run.marketDays = days.length;
  if (days.length === 0) return run;

  for (const day of days) {
    const subscribers = await db.reminderSubscription.findMany({
      where: { communityId: day.communityId, confirmedAt: { not: null }, stoppedAt: null },
      select: { id: true },
    });
    await db.reminderDelivery.createMany({
      data: subscribers.map((s) => ({ subscriptionId: s.id, marketDayId: day.id })),
      skipDuplicates: true,
    });
  }

  const { sms, email } = options.channels ?? configuredChannels();
  const pending = await db.reminderDelivery.findMany({
    where: { marketDayId: { in: days.map((d) => d.id) }, status: "PENDING", subscription: { stoppedAt: null } },
    select: {
      id: true,
      attempts: true,
      marketDayId: true,
      subscription: { select: { id: true, channel: true, addressEnc: true, locale: true } },
    },
  });
  for (const delivery of pending) {
    // Claimed first: two runs at once (two instances) send each reminder once.
    const claimed = await db.reminderDelivery.updateMany({
      where: { id: delivery.id, status: "PENDING" },
      data: { status: "SENDING" },
    });
    if (claimed.count !== 1) continue;
    const day = days.find((d) => d.id === delivery.marketDayId)!;
    const { subscription } = delivery;
    const locale = subscription.locale === "en" ? "en" : "zh";
    const message = reminderMessage(day, subscription.id, locale, now);
    const to = decryptPersonal(subscription.addressEnc);
    const result =
      subscription.channel === "SMS"
        ? await sms.send({ to, id: delivery.id, ...message.sms })
        : email
          ? await email.send({ to, id: delivery.id, ...message.email })
          : ({ ok: false, retry: false, code: "email-not-configured" } as const);
    const attempts = delivery.attempts + 1;
    if (result.ok) run.sent++;
    else run.failed++;
    await db.reminderDelivery.update({
      where: { id: delivery.id },
      data: result.ok
        ? { status: "SENT", sentAt: new Date(), attempts }
        : {
            status: result.retry && attempts < MAX_ATTEMPTS ? "PENDING" : "DEAD",
            attempts,
            lastErrorCode: result.code,
          },
    });
  }
  return run;
}
