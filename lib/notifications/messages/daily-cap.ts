// A per-recipient daily cap (issue 13): however busy a wish gets (referred,
// re-referred, reopened, settled on one day), one phone gets at most
// HUIYIN_SMS_DAILY_CAP messages per Shenzhen calendar day. Messages over the
// cap are skipped, not delayed: the tracking page still shows every step.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** 00:00 Shenzhen time of the day `now` falls in. */
export function shanghaiDayStart(now: Date): Date {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS);
}

export async function capReached(
  tx: Prisma.TransactionClient,
  recipientHash: string,
  now: Date,
  cap: number = env.HUIYIN_SMS_DAILY_CAP,
): Promise<boolean> {
  const sent = await tx.notification.count({
    where: { recipientHash, status: "SENT", sentAt: { gte: shanghaiDayStart(now) } },
  });
  return sent >= cap;
}
