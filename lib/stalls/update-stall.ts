// Edits a stall: details, services, audiences and hosts, possibly moving it to
// another market day of the same community. Its search text is rebuilt in the
// same transaction.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { assertOrganizations, changedIds } from "@/lib/organizations/assert-organizations";
import type { StallFormValues } from "./stall-form-schema";
import { STALL_UNIQUE_INDEXES, stallClashes, stallColumns, stallUniqueIndexNames } from "./stall-data";
import { rebuildStallSearchText } from "./rebuild-search-text";

export async function updateStall(
  actor: Actor | null,
  id: string,
  values: StallFormValues,
): Promise<ContentResult<{ id: string }>> {
  assertCan(actor, "content.manage");
  const existing = await db.stall.findUnique({
    where: { id },
    select: { id: true, communityId: true, marketDayId: true, hosts: { select: { organizationId: true } } },
  });
  if (!existing) return { ok: false, formError: "notFound" };
  assertCan(actor, "content.manage", existing);
  if (values.marketDayId !== existing.marketDayId) {
    const day = await db.marketDay.findUnique({ where: { id: values.marketDayId }, select: { communityId: true } });
    if (!day) return fieldError("marketDayId", "invalid");
    assertCan(actor, "content.manage", day);
  }
  if (!(await assertOrganizations(actor, values.hosts))) return fieldError("hosts", "invalid");
  const clashes = await stallClashes(values, id);
  if (clashes) return { ok: false, fieldErrors: clashes };
  try {
    await db.$transaction(async (tx) => {
      await tx.stall.update({ where: { id }, data: stallColumns(values) });
      await tx.stallHost.deleteMany({ where: { stallId: id } });
      await tx.stallHost.createMany({ data: values.hosts.map((organizationId) => ({ stallId: id, organizationId })) });
      await rebuildStallSearchText(tx, { id });
    });
  } catch (error) {
    const index = violatedUniqueIndex(error, stallUniqueIndexNames);
    if (index) return fieldError(STALL_UNIQUE_INDEXES[index], "taken");
    throw error;
  }
  // Pages showing this stall carry its tag; a move changes two market days'
  // stall lists, and hosts joining or leaving change their own pages.
  const moved = values.marketDayId !== existing.marketDayId;
  const hostsBefore = existing.hosts.map((h) => h.organizationId);
  invalidatePublicContent({
    stallIds: [id],
    marketDayIds: moved ? [existing.marketDayId, values.marketDayId] : [],
    organizationIds: changedIds(hostsBefore, values.hosts),
  });
  return { ok: true, value: { id } };
}
