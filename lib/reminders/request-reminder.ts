// Step one of a market-day reminder subscription (double opt-in): by SMS, a
// six-digit code goes to the phone; by email, a link to confirm. Nothing else is
// ever sent before the confirmation. Whether an address is already subscribed
// is never revealed: the answer is the same code or email either way.
import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { publicCommunitySlug } from "@/lib/community";
import { ActionError } from "@/lib/forms/action-error";
import { emailChannelFromEnv, smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import type { EmailChannel, SmsChannel } from "@/lib/notifications/channels/types";
import { signMessageLink } from "@/lib/notifications/messages/message-link";
import { encryptPersonal, maskPhone } from "@/lib/privacy/personal-data";
import { consume } from "@/lib/rate-limit/limiter";
import { RateLimitedError, type RequestKeys } from "@/lib/wishes/wish-limits";
import type { ReminderRequest } from "./reminder-form-schema";
import { codeHash, reminderAddressHash } from "./reminder-address";
import { codeSms, confirmEmail } from "./reminder-messages";

/** A new code at most once a minute: the SMS may simply be slow. */
const RESEND_AFTER_MS = 60_000;

/** The channels to send through: those configured, unless a caller (a test) names its own. */
export interface ReminderChannels {
  sms: SmsChannel;
  email: EmailChannel | null;
}

export const configuredChannels = (): ReminderChannels => ({ sms: smsChannelFromEnv(), email: emailChannelFromEnv() });

export type ReminderRequestResult = { step: "code"; token: string; maskedPhone: string } | { step: "email" };

/** Whether this deployment can send email at all: the page offers email only then. */
export function remindersByEmail(): boolean {
  return emailChannelFromEnv() !== null;
}

export async function requestReminder(
  request: ReminderRequest,
  keys: RequestKeys,
  locale: "zh" | "en",
  now: Date = new Date(),
  channels: ReminderChannels = configuredChannels(),
): Promise<ReminderRequestResult> {
  const channel = request.channel === "sms" ? "SMS" : "EMAIL";
  const address = channel === "SMS" ? request.phone : request.email;
  const addressHash = reminderAddressHash(channel, address);
  const limit = await consume([
    { name: "reminder-device", key: keys.deviceKey },
    { name: "reminder-address", key: addressHash },
  ]);
  if (!limit.ok) throw new RateLimitedError(limit.retryAfterSeconds);

  const community = await db.community.findUniqueOrThrow({
    where: { slug: publicCommunitySlug() },
    select: { id: true },
  });
  const subscription = await db.reminderSubscription.upsert({
    where: { communityId_channel_addressHash: { communityId: community.id, channel, addressHash } },
    create: { communityId: community.id, channel, addressHash, addressEnc: encryptPersonal(address), locale },
    update: { locale },
    select: { id: true, codeSentAt: true },
  });

  if (channel === "EMAIL") {
    const mail = channels.email;
    if (!mail) throw new ActionError("reminders.errors.emailUnavailable");
    const result = await mail.send({
      to: address,
      id: `reminder-confirm-${subscription.id}`,
      ...confirmEmail(subscription.id, locale, now),
    });
    if (!result.ok) throw new ActionError("reminders.errors.sendFailed");
    return { step: "email" };
  }

  if (subscription.codeSentAt && now.getTime() - subscription.codeSentAt.getTime() < RESEND_AFTER_MS)
    throw new ActionError("reminders.errors.wait");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.reminderSubscription.update({
    where: { id: subscription.id },
    data: { codeHash: codeHash(subscription.id, code), codeSentAt: now, codeAttempts: 0 },
  });
  // Sent now, not through the outbox: the resident is waiting on the page, and
  // quiet hours do not apply to a code they asked for a moment ago.
  const sent = await channels.sms.send({
    to: address,
    id: `reminder-code-${subscription.id}`,
    ...codeSms(code, locale),
  });
  if (!sent.ok) throw new ActionError("reminders.errors.sendFailed");
  return {
    step: "code",
    token: signMessageLink("reminder-code", subscription.id, now),
    maskedPhone: maskPhone(address, null) ?? "",
  };
}
