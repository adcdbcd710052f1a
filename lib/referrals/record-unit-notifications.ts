// The message that takes a referral to its unit (issue 14): one outbox row per
// contact the unit has (its duty email, its duty phone), in the transaction that
// opens the referral. The unit's address is a work contact kept on the
// Organization; the worker reads it at send time, so a corrected address is used.
// Units are not residents: no consent, quiet hours or daily cap apply to them
// beyond the worker's own, and the message carries the unit's signed link.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { NotificationChannel } from "@/lib/db/generated/enums";

export interface UnitNotificationInput {
  wishId: string;
  referralId: string;
  eventSequence: number;
  now: Date;
}

export async function recordUnitNotifications(
  tx: Prisma.TransactionClient,
  input: UnitNotificationInput,
): Promise<string[]> {
  const referral = await tx.referral.findUniqueOrThrow({
    where: { id: input.referralId },
    select: { organization: { select: { contactEmail: true, contactPhone: true } } },
  });
  const channels: NotificationChannel[] = [];
  if (referral.organization.contactEmail) channels.push("EMAIL");
  if (referral.organization.contactPhone) channels.push("SMS");
  if (channels.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: channels.map((channel) => ({
      wishId: input.wishId,
      referralId: input.referralId,
      eventSequence: input.eventSequence,
      kind: "UNIT_REFERRAL" as const,
      channel,
      deliverAfter: input.now,
    })),
    select: { id: true },
  });
  return created.map((row) => row.id);
}
