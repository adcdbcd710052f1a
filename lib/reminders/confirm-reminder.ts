// Step two of a reminder subscription: the SMS code typed on the page, or the
// email's link pressed. Five wrong codes, or ten minutes, end a code; the
// resident asks for a new one.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { ActionError, fieldActionError } from "@/lib/forms/action-error";
import { verifyMessageLink } from "@/lib/notifications/messages/message-link";
import type { ReminderCode } from "./reminder-form-schema";
import { codeHash } from "./reminder-address";

const CODE_TTL_MS = 10 * 60_000;
const MAX_ATTEMPTS = 5;

const expired = () => new ActionError("reminders.errors.codeExpired");

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function confirmReminderCode(input: ReminderCode, now: Date = new Date()): Promise<void> {
  const check = verifyMessageLink("reminder-code", input.token, now);
  if (!check.ok) throw expired();
  const subscription = await db.reminderSubscription.findUnique({
    where: { id: check.id },
    select: { codeHash: true, codeSentAt: true, codeAttempts: true },
  });
  if (
    !subscription?.codeHash ||
    !subscription.codeSentAt ||
    subscription.codeAttempts >= MAX_ATTEMPTS ||
    now.getTime() - subscription.codeSentAt.getTime() > CODE_TTL_MS
  )
    throw expired();
  if (!same(subscription.codeHash, codeHash(check.id, input.code))) {
    // Counted in the row, so a second tab or device gets no more tries.
    await db.reminderSubscription.update({ where: { id: check.id }, data: { codeAttempts: { increment: 1 } } });
    throw fieldActionError("code", "reminders.errors.code.wrong");
  }
  await db.reminderSubscription.update({
    where: { id: check.id },
    data: { confirmedAt: now, stoppedAt: null, codeHash: null, codeAttempts: 0 },
  });
}

export async function confirmReminderByLink(token: string, now: Date = new Date()): Promise<void> {
  const check = verifyMessageLink("reminder-confirm", token, now);
  if (!check.ok) throw expired();
  const { count } = await db.reminderSubscription.updateMany({
    where: { id: check.id },
    data: { confirmedAt: now, stoppedAt: null },
  });
  if (count === 0) throw expired();
}

export async function stopReminderByLink(token: string, now: Date = new Date()): Promise<void> {
  const check = verifyMessageLink("reminder-stop", token, now);
  if (!check.ok) throw expired();
  await db.reminderSubscription.updateMany({ where: { id: check.id, stoppedAt: null }, data: { stoppedAt: now } });
}
