// Writes the outbox rows for one WishEvent, inside the transaction that writes the
// event: the message exists exactly when its event does. A transition that rolls
// back (a stale form, a failed check) leaves no row, so nothing can be sent for
// it. Delivery happens later, by the worker (./worker.ts), after the commit.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationChannel, NotificationKind, WishAction } from "@/lib/db/generated/enums";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { decryptPersonal, opaqueKey } from "@/lib/privacy/personal-data";
import { recordUnitNotifications } from "@/lib/referrals/record-unit-notifications";
import { notificationKindFor } from "./notification-kinds";

/** The wish's columns that decide who may be written to, and how. */
export interface MessageContact {
  phoneEnc: string | null;
  phoneHash: string | null;
  emailEnc: string | null;
  messageConsentAt: Date | null;
  messagesStoppedAt: Date | null;
}

const MESSAGE_CONTACT_SELECT = {
  phoneEnc: true,
  phoneHash: true,
  emailEnc: true,
  messageConsentAt: true,
  messagesStoppedAt: true,
} as const satisfies Prisma.WishSelect;

/** Keyed hash of an email address, so the daily cap can count it without storing it. */
export function emailRecipientHash(email: string): string {
  return opaqueKey("email", email.trim().toLowerCase());
}

interface PlannedRow {
  eventSequence: number;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipientHash: string | null;
  deliverAfter: Date;
}

/**
 * The rows one event creates: one per channel the resident gave and agreed to be
 * written to. Consent to messages is its own (messageConsentAt), separate from the
 * consent to keep contact details; an unsubscribe (messagesStoppedAt) ends it.
 */
export function plannedNotifications(
  contact: MessageContact,
  action: WishAction,
  eventSequence: number,
  now: Date,
): PlannedRow[] {
  const kind = notificationKindFor(action);
  if (!kind || !contact.messageConsentAt || contact.messagesStoppedAt) return [];
  const deliverAfter = firstDeliveryAt(now);
  const rows: PlannedRow[] = [];
  if (contact.phoneEnc) {
    rows.push({ eventSequence, kind, channel: "SMS", recipientHash: contact.phoneHash, deliverAfter });
  }
  if (contact.emailEnc) {
    const recipientHash = emailRecipientHash(decryptPersonal(contact.emailEnc));
    rows.push({ eventSequence, kind, channel: "EMAIL", recipientHash, deliverAfter });
  }
  return rows;
}

export interface RecordNotificationsInput {
  wishId: string;
  eventSequence: number;
  action: WishAction;
  /** The referral the event belongs to: a new one (REFER, REROUTE) is sent to its unit. */
  referralId?: string | null;
  now?: Date;
}

/** Writes the event's notifications in the caller's transaction; returns their ids. */
export async function recordNotifications(
  tx: Prisma.TransactionClient,
  input: RecordNotificationsInput,
): Promise<string[]> {
  const unit =
    input.referralId && (input.action === "REFER" || input.action === "REROUTE")
      ? await recordUnitNotifications(tx, {
          wishId: input.wishId,
          referralId: input.referralId,
          eventSequence: input.eventSequence,
          now: input.now ?? new Date(),
        })
      : [];
  // Most actions send the resident nothing: no read for them.
  if (!notificationKindFor(input.action)) return unit;
  const contact = await tx.wish.findUniqueOrThrow({ where: { id: input.wishId }, select: MESSAGE_CONTACT_SELECT });
  const rows = plannedNotifications(contact, input.action, input.eventSequence, input.now ?? new Date());
  if (rows.length === 0) return unit;
  const created = await tx.notification.createManyAndReturn({
    data: rows.map((row) => ({ ...row, wishId: input.wishId })),
    select: { id: true },
  });
  return [...unit, ...created.map((row) => row.id)];
}
