// Edits a partner unit. Its names are part of the search text of every stall it
// hosts, so a rename rebuilds those in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { rebuildStallSearchText } from "@/lib/stalls/rebuild-search-text";
import type { OrganizationFormValues } from "./organization-form-schema";
import { ORGANIZATION_NAME_INDEX } from "./create-organization";

export async function updateOrganization(
  actor: Actor | null,
  id: string,
  values: OrganizationFormValues,
): Promise<ContentResult<{ id: string }>> {
  assertCan(actor, "content.manage");
  const existing = await db.organization.findUnique({
    where: { id },
    select: { id: true, communityId: true, name: true, nameEn: true },
  });
  if (!existing) return { ok: false, formError: "notFound" };
  assertCan(actor, "content.manage", existing);
  const clash = await db.organization.findUnique({
    where: { communityId_name: { communityId: existing.communityId, name: values.name } },
    select: { id: true },
  });
  if (clash && clash.id !== id) return fieldError("name", "taken");
  const renamed = existing.name !== values.name || existing.nameEn !== values.nameEn;
  try {
    await db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id }, data: values });
      if (renamed) await rebuildStallSearchText(tx, { hosts: { some: { organizationId: id } } });
    });
  } catch (error) {
    if (violatedUniqueIndex(error, [ORGANIZATION_NAME_INDEX])) return fieldError("name", "taken");
    throw error;
  }
  // Its own page, the list, and (through the organisation's tag, which stall and
  // market-day pages carry for their hosts) every page that shows its name.
  invalidatePublicContent({ organizationIds: [id] });
  return { ok: true, value: { id } };
}
