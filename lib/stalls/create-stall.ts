// Adds a stall to a market day with its host organisations, and fills its search
// text so the public directory finds it by any service or host name.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { takenOrRethrow } from "@/lib/content/content-errors";
import { assertOrganizations } from "@/lib/organizations/assert-organizations";
import type { StallFormValues } from "./stall-form-schema";
import { STALL_UNIQUE_INDEXES, assertNoStallClash, assertStallMarketDay, stallColumns } from "./stall-data";
import { rebuildStallSearchText } from "./rebuild-search-text";

export async function createStall(actor: Actor | null, values: StallFormValues): Promise<{ id: string }> {
  assertCan(actor, "content.manage");
  await assertStallMarketDay(actor, values.marketDayId);
  await assertOrganizations(actor, values.hosts, "hosts");
  await assertNoStallClash(values);
  const id = await db
    .$transaction(async (tx) => {
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
    })
    .catch((error: unknown) => takenOrRethrow(error, STALL_UNIQUE_INDEXES));
  // The market day's page and its stall count, the directory, and the hosts' pages.
  invalidatePublicContent({ stallIds: [id], marketDayIds: [values.marketDayId], organizationIds: values.hosts });
  return { id };
}
