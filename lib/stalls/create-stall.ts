// Adds a stall to a market day with its host organisations, and fills its search
// text so the public directory finds it by any service or host name.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { assertOrganizations } from "@/lib/organizations/assert-organizations";
import type { StallFormValues } from "./stall-form-schema";
import { STALL_UNIQUE_INDEXES, stallClashes, stallColumns, stallUniqueIndexNames } from "./stall-data";
import { rebuildStallSearchText } from "./rebuild-search-text";

export async function createStall(actor: Actor | null, values: StallFormValues): Promise<ContentResult<{ id: string }>> {
  assertCan(actor, "content.manage");
  const day = await db.marketDay.findUnique({ where: { id: values.marketDayId }, select: { id: true, communityId: true } });
  if (!day) return fieldError("marketDayId", "invalid");
  assertCan(actor, "content.manage", day);
  if (!(await assertOrganizations(actor, values.hosts))) return fieldError("hosts", "invalid");
  const clashes = await stallClashes(values);
  if (clashes) return { ok: false, fieldErrors: clashes };
  try {
    const id = await db.$transaction(async (tx) => {
      const stall = await tx.stall.create({
        data: {
          communityId: actor.communityId,
          ...stallColumns(values),
          hosts: { createMany: { data: values.hosts.map((organizationId) => ({ organizationId })) } },
        },
        select: { id: true },
      });
      await rebuildStallSearchText(tx, { id: stall.id });
      return stall.id;
    });
    // The market day's page and its stall count, the directory, and the hosts' pages.
    invalidatePublicContent({ stallIds: [id], marketDayIds: [day.id], organizationIds: values.hosts });
    return { ok: true, value: { id } };
  } catch (error) {
    const index = violatedUniqueIndex(error, stallUniqueIndexNames);
    if (index) return fieldError(STALL_UNIQUE_INDEXES[index], "taken");
    throw error;
  }
}
