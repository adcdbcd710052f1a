// Delivers one outbox row, in three short steps with no transaction held across the
// network call:
//   1. claim it: PENDING → SENDING with claimedAt = now, only if it is due. Two
//      workers given the same id (a duplicate job, the sweeper) race on this one
//      conditional update; the loser does nothing;
//   2. check it may still be sent (consent, unsubscribe, daily cap, an address),
//      compose it, and hand it to the channel with the notification id as the
//      provider's idempotency key;
//   3. record the result, conditional on still holding the claim.
//
// At-least-once, honestly: if the process dies after the provider accepted the
// message and before step 3 commits, the lease (./sweep.ts) puts the row back to
// PENDING and it is sent again, with the same id. A gateway that deduplicates on
// the id (the webhook contract asks it to; Aliyun OutId, Tencent SessionContext and
// the email Message-ID carry it) shows the resident one message; one that does not
// may show two. The window is one HTTP round trip plus one UPDATE.
import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationStatus } from "@/lib/db/generated/enums";
import type { EmailChannel, SendResult, SmsChannel } from "@/lib/notifications/channels/types";
import { composeMessage } from "@/lib/notifications/messages/compose-message";
import { capReached } from "@/lib/notifications/messages/daily-cap";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { decryptPersonal } from "@/lib/privacy/personal-data";
import { MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { MESSAGE_FACTS_SELECT, messageFacts } from "./message-facts";

export interface DeliveryChannels {
  sms: SmsChannel;
  /** Null: this deployment sends no email (SMTP_URL unset). */
  email: EmailChannel | null;
}

export type DeliveryOutcome =
  | { status: "not-claimed" }
  | { status: Extract<NotificationStatus, "SENT" | "SKIPPED" | "DEAD">; code?: string }
  | { status: "PENDING"; code: string; retryAt: Date };

const NOTIFICATION_SELECT = {
  id: true,
  kind: true,
  channel: true,
  attempts: true,
  recipientHash: true,
  eventSequence: true,
  wishId: true,
  referralId: true,
  referral: { select: { closedAt: true, organization: { select: { contactEmail: true, contactPhone: true } } } },
  wish: {
    select: {
      ...MESSAGE_FACTS_SELECT,
      phoneEnc: true,
      emailEnc: true,
      messageConsentAt: true,
      messagesStoppedAt: true,
    },
  },
} as const;

export async function deliverNotification(
  id: string,
  channels: DeliveryChannels,
  now: () => Date = () => new Date(),
): Promise<DeliveryOutcome> {
  const claimedAt = now();
  const claim = await db.notification.updateMany({
    where: { id, status: "PENDING", deliverAfter: { lte: claimedAt } },
    data: { status: "SENDING", claimedAt },
  });
  if (claim.count !== 1) return { status: "not-claimed" };
  const held = { id, status: "SENDING" as const, claimedAt };
  const row = await db.notification.findUniqueOrThrow({ where: { id }, select: NOTIFICATION_SELECT });

  const finish = async (status: "SENT" | "SKIPPED" | "DEAD", code?: string, attempted = true) => {
    await db.notification.updateMany({
      where: held,
      data: {
        status,
        claimedAt: null,
        lastErrorCode: code ?? null,
        attempts: attempted ? { increment: 1 } : undefined,
        sentAt: status === "SENT" ? now() : undefined,
      },
    });
    return { status, code } as const;
  };

  // A ring during quiet hours (a staff retry at night, a backoff that ended at
  // 23:00): back to waiting, until the morning, without counting an attempt.
  const allowedAt = firstDeliveryAt(claimedAt);
  if (allowedAt.getTime() > claimedAt.getTime()) {
    await db.notification.updateMany({
      where: held,
      data: { status: "PENDING", claimedAt: null, deliverAfter: allowedAt },
    });
    return { status: "PENDING", code: "quiet-hours", retryAt: allowedAt };
  }

  const wish = row.wish;
  let to: string | null;
  if (row.referral) {
    // To a receiving unit (issue 14): its duty contact, read now. A referral closed
    // before the message left (answered by phone, re-routed) needs no message.
    if (row.referral.closedAt) return finish("SKIPPED", "referral-closed", false);
    const org = row.referral.organization;
    to = row.channel === "SMS" ? org.contactPhone : org.contactEmail;
    if (!to) return finish("SKIPPED", "no-address", false);
  } else {
    if (!wish.messageConsentAt) return finish("SKIPPED", "no-consent", false);
    if (wish.messagesStoppedAt) return finish("SKIPPED", "unsubscribed", false);
    const addressEnc = row.channel === "SMS" ? wish.phoneEnc : wish.emailEnc;
    // Erased on request, or corrected away since the event: nobody to write to.
    if (!addressEnc) return finish("SKIPPED", "no-address", false);
    to = decryptPersonal(addressEnc);
  }
  if (row.channel === "EMAIL" && !channels.email) return finish("SKIPPED", "email-off", false);
  if (row.recipientHash && (await capReached(db, row.recipientHash, claimedAt))) {
    return finish("SKIPPED", "daily-cap", false);
  }

  let result: SendResult;
  try {
    const note =
      row.kind === "EXTENSION"
        ? ((
            await db.wishEvent.findUnique({
              where: { wishId_sequence: { wishId: row.wishId, sequence: row.eventSequence } },
              select: { publicNote: true },
            })
          )?.publicNote ?? null)
        : null;
    const base = messageFacts(wish, row.kind, claimedAt);
    // A unit reads Chinese whatever language the resident wrote in.
    const facts = row.referralId ? { ...base, locale: "zh" as const, referralId: row.referralId } : { ...base, note };
    const message = composeMessage(facts);
    result =
      row.channel === "SMS"
        ? await channels.sms.send({ to, ...message.sms, id })
        : await channels.email!.send({ to, ...message.email, id });
  } catch (error) {
    // Channels return their failures; a throw is our own bug or a bad key. The name
    // only: a message could quote the address.
    result = { ok: false, retry: true, code: `worker-${error instanceof Error ? error.name : "error"}` };
  }

  if (result.ok) return finish("SENT");
  if (!result.retry || row.attempts + 1 >= MAX_ATTEMPTS) return finish("DEAD", result.code);
  const retryAt = firstDeliveryAt(new Date(now().getTime() + retryDelayMs(row.attempts)));
  await db.notification.updateMany({
    where: held,
    data: {
      status: "PENDING",
      claimedAt: null,
      lastErrorCode: result.code,
      attempts: { increment: 1 },
      deliverAfter: retryAt,
    },
  });
  return { status: "PENDING", code: result.code, retryAt };
}
