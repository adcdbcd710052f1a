// Writes one audit entry. Pass the transaction client when the audited change is
// written in a transaction, so the entry and the change land (or fail) together.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import type { AuditAction } from "./audit-actions";

export interface AuditEntry {
  action: AuditAction;
  communityId?: string | null;
  actorId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** Keyed hash of the client IP, never the IP itself. */
  ipKey?: string;
  /** Non-personal details only: ids, counts, filters, reasons. */
  detail?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      communityId: entry.communityId ?? null,
      actorId: entry.actorId ?? null,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      ipKey: entry.ipKey ?? null,
      detail: entry.detail,
    },
  });
}
