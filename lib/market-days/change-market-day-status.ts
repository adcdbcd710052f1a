// Publishing and cancelling share one shape: a conditional status update (so two
// staff clicking at once cannot both succeed from a stale view), an audit entry in
// the same transaction, then cache invalidation.
import "server-only";
import { db } from "@/lib/db";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";

export interface StatusChange {
  from: readonly MarketDayStatus[];
  to: MarketDayStatus;
  audit: AuditAction;
}

export async function changeMarketDayStatus(
  actor: Actor | null,
  id: string,
  change: StatusChange,
): Promise<{ id: string; status: MarketDayStatus }> {
  assertCan(actor, "content.manage");
  const existing = await db.marketDay.findUnique({
    where: { id },
    select: {
      id: true,
      communityId: true,
      status: true,
      publishedAt: true,
      organizations: { select: { organizationId: true } },
    },
  });
  if (!existing) throw new ActionError("forms.errors.notFound");
  assertCan(actor, "content.manage", existing);
  const now = new Date();
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.marketDay.updateMany({
      where: { id, communityId: actor.communityId, status: { in: [...change.from] } },
      data: {
        status: change.to,
        // The first publication date stays: it is when residents first saw it.
        ...(change.to === "PUBLISHED" && !existing.publishedAt ? { publishedAt: now } : {}),
      },
    });
    if (count === 0) return false;
    await recordAudit(
      {
        action: change.audit,
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "MarketDay",
        subjectId: id,
        detail: { from: existing.status, to: change.to },
      },
      tx,
    );
    return true;
  });
  // Someone else published or cancelled it since this page was loaded.
  if (!changed) throw new ActionError("forms.errors.stale");
  invalidatePublicContent({
    marketDayIds: [id],
    organizationIds: existing.organizations.map((o) => o.organizationId),
  });
  return { id, status: change.to };
}
