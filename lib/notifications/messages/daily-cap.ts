// Placeholder until the messages branch lands: replaced at merge.
// The real version counts what this recipient was sent today (HUIYIN_SMS_DAILY_CAP);
// this one never stops a message.
import type { Prisma } from "@/lib/db/generated/client";

/** Whether the recipient (by its keyed hash) has had all the messages allowed today. */
export function capReached(
  ...args: [tx: Prisma.TransactionClient, recipientHash: string, now: Date]
): Promise<boolean> {
  void args;
  return Promise.resolve(false);
}
