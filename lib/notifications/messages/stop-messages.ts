// Unsubscribing (issue 13): the "stop messages" link of one wish, and the reply
// keyword (T, TD, 退订, STOP) that stops every wish sent to that phone, and its
// market-day reminders. Nothing
// is deleted: the wish goes on, its tracking page still shows every step, and
// pending messages are skipped by the worker, which checks messagesStoppedAt
// before each send.
import "server-only";
import { db } from "@/lib/db";
import { isMainlandMobile, normalizePhone } from "@/lib/phone";
import { phoneLookupHash } from "@/lib/privacy/personal-data";
import { reminderAddressHash } from "@/lib/reminders/reminder-address";

export async function stopMessagesForWish(wishId: string, now: Date = new Date()): Promise<void> {
  await db.wish.updateMany({ where: { id: wishId, messagesStoppedAt: null }, data: { messagesStoppedAt: now } });
}

/** The reply keywords carriers and residents use; anything else is an ordinary reply. */
export function isStopKeyword(text: string): boolean {
  return /^(t|td|stop|unsubscribe|退订|退订短信)$/i.test(text.normalize("NFKC").trim());
}

/**
 * Stops every wish with this phone, and its market-day reminders; returns how
 * many wishes and subscriptions were still sending.
 */
export async function stopMessagesForPhone(phone: string, now: Date = new Date()): Promise<number> {
  const normalized = normalizePhone(phone);
  if (!isMainlandMobile(normalized)) return 0;
  const [wishes, reminders] = await db.$transaction([
    db.wish.updateMany({
      where: { phoneHash: phoneLookupHash(normalized), messagesStoppedAt: null },
      data: { messagesStoppedAt: now },
    }),
    db.reminderSubscription.updateMany({
      where: { channel: "SMS", addressHash: reminderAddressHash("SMS", normalized), stoppedAt: null },
      data: { stoppedAt: now },
    }),
  ]);
  return wishes.count + reminders.count;
}
