// The referral a unit holds now, if any: at most one per wish is open, since
// REFER and REROUTE withdraw the others in the same transaction.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { OPEN_REFERRAL_STATUSES } from "./referral-steps";
import { StaleReferralError } from "./record-referral-step";

export async function openReferralId(tx: Prisma.TransactionClient, wishId: string): Promise<string> {
  const open = await tx.referral.findFirst({
    where: { wishId, status: { in: [...OPEN_REFERRAL_STATUSES] } },
    orderBy: { sentAt: "desc" },
    select: { id: true },
  });
  // No unit holds it (returned, answered): the form was stale.
  if (!open) throw new StaleReferralError();
  return open.id;
}
