// Adds a partner unit to the actor's community.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { contentFieldError, takenOrRethrow } from "@/lib/content/content-errors";
import type { OrganizationFormValues } from "./organization-form-schema";

export const ORGANIZATION_NAME_INDEX = "Organization_communityId_name_key";

export async function createOrganization(actor: Actor | null, values: OrganizationFormValues): Promise<{ id: string }> {
  assertCan(actor, "content.manage");
  const clash = await db.organization.findUnique({
    where: { communityId_name: { communityId: actor.communityId, name: values.name } },
    select: { id: true },
  });
  if (clash) throw contentFieldError("name", "taken");
  const org = await db.organization
    .create({ data: { communityId: actor.communityId, ...values }, select: { id: true } })
    .catch((error: unknown) => takenOrRethrow(error, { [ORGANIZATION_NAME_INDEX]: "name" }));
  invalidatePublicContent({ organizationIds: [org.id] });
  return org;
}
