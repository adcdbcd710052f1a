// Retention, as the privacy page promises: one year after a wish is settled (or
// merged into another), the resident's name, phone, building and pickup address
// are deleted. The wish, its reply and its history stay for the figures, no longer
// linked to a person. Run daily by `npm run db:purge` (cron or a scheduler).
//
// Takes the client as a parameter (no "server-only"): the CLI script calls it.
import type { PrismaClient } from "@/lib/db/generated/client";

export const RETENTION_DAYS = 365;

export interface PurgeResult {
  wishes: number;
  cutoff: Date;
}

export async function purgePersonalData(db: PrismaClient, now: Date = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 86_400_000);
  const hasPersonal = [
    { nameEnc: { not: null } },
    { phoneEnc: { not: null } },
    { phoneLast4: { not: null } },
    { phoneHash: { not: null } },
    { buildingEnc: { not: null } },
    { pickupAddressEnc: { not: null } },
    { destinationEnc: { not: null } },
  ];
  const { count } = await db.wish.updateMany({
    where: {
      OR: [
        { status: "SETTLED", settledAt: { lt: cutoff } },
        // A merged wish has no settlement of its own: its last change counts.
        { status: "DUPLICATE", updatedAt: { lt: cutoff } },
      ],
      AND: [{ OR: hasPersonal }],
    },
    data: {
      nameEnc: null,
      phoneEnc: null,
      phoneLast4: null,
      phoneHash: null,
      buildingEnc: null,
      pickupAddressEnc: null,
      destinationEnc: null,
    },
  });
  if (count > 0) {
    await db.auditLog.create({
      data: { action: "privacy.purge", detail: { wishes: count, cutoff: cutoff.toISOString() } },
    });
  }
  return { wishes: count, cutoff };
}
