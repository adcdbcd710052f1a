// Edits a partner unit. Its names are part of the search text of every stall it
// hosts, so a rename rebuilds those in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { contentFieldError, takenOrRethrow } from "@/lib/content/content-errors";
import { ActionError } from "@/lib/forms/action-error";
import { rebuildStallSearchText } from "@/lib/stalls/rebuild-search-text";
import type { OrganizationFormValues } from "./organization-form-schema";
import { ORGANIZATION_NAME_INDEX } from "./create-organization";

export async function updateOrganization(
  actor: Actor | null,
  id: string,
  values: OrganizationFormValues,
): Promise<{ id: string }> {
  assertCan(actor, "content.manage");
  const existing = await db.organization.findUnique({
    where: { id },
    select: { id: true, communityId: true, name: true, nameEn: true },
  });
  if (!existing) throw new ActionError("forms.errors.notFound");
  assertCan(actor, "content.manage", existing);
  const clash = await db.organization.findUnique({
    where: { communityId_name: { communityId: existing.communityId, name: values.name } },
    select: { id: true },
  });
  if (clash && clash.id !== id) throw contentFieldError("name", "taken");
  const renamed = existing.name !== values.name || existing.nameEn !== values.nameEn;
  await db
    .$transaction(async (tx) => {
      await tx.organization.update({ where: { id }, data: values });
      if (renamed) await rebuildStallSearchText(tx, { hosts: { some: { organizationId: id } } });
    })
    .catch((error: unknown) => takenOrRethrow(error, { [ORGANIZATION_NAME_INDEX]: "name" }));
  // Its own page, the list, and (through the organisation's tag, which stall and
  // market-day pages carry for their hosts) every page that shows its name.
  invalidatePublicContent({ organizationIds: [id] });
  return { id };
}
