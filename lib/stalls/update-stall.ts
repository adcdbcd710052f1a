// Edits a stall: details, services, audiences and hosts, possibly moving it to
// another market day of the same community. Its search text is rebuilt in the
// same transaction.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { takenOrRethrow } from "@/lib/content/content-errors";
import { ActionError } from "@/lib/forms/action-error";
import { assertOrganizations, changedIds } from "@/lib/organizations/assert-organizations";
import type { StallFormValues } from "./stall-form-schema";
import { STALL_UNIQUE_INDEXES, assertNoStallClash, assertStallMarketDay, stallColumns } from "./stall-data";
import { rebuildStallSearchText } from "./rebuild-search-text";

export async function updateStall(actor: Actor | null, id: string, values: StallFormValues): Promise<{ id: string }> {
  assertCan(actor, "content.manage");
  const existing = await db.stall.findUnique({
    where: { id },
    select: { id: true, communityId: true, marketDayId: true, hosts: { select: { organizationId: true } } },
  });
  if (!existing) throw new ActionError("forms.errors.notFound");
  assertCan(actor, "content.manage", existing);
  const moved = values.marketDayId !== existing.marketDayId;
  if (moved) await assertStallMarketDay(actor, values.marketDayId);
  await assertOrganizations(actor, values.hosts, "hosts");
  await assertNoStallClash(values, id);
  await db
    .$transaction(async (tx) => {
      await tx.stall.update({ where: { id }, data: stallColumns(values) });
      await tx.stallHost.deleteMany({ where: { stallId: id } });
      await tx.stallHost.createMany({ data: values.hosts.map((organizationId) => ({ stallId: id, organizationId })) });
      await rebuildStallSearchText(tx, { id });
    })
    .catch((error: unknown) => takenOrRethrow(error, STALL_UNIQUE_INDEXES));
  // Pages showing this stall carry its tag; a move changes two market days'
  // stall lists, and hosts joining or leaving change their own pages.
  const hostsBefore = existing.hosts.map((h) => h.organizationId);
  invalidatePublicContent({
    stallIds: [id],
    marketDayIds: moved ? [existing.marketDayId, values.marketDayId] : [],
    organizationIds: changedIds(hostsBefore, values.hosts),
  });
  return { id };
}
