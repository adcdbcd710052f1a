// Adds a partner unit to the actor's community.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import type { OrganizationFormValues } from "./organization-form-schema";

export const ORGANIZATION_NAME_INDEX = "Organization_communityId_name_key";

export async function createOrganization(
  actor: Actor | null,
  values: OrganizationFormValues,
): Promise<ContentResult<{ id: string }>> {
  assertCan(actor, "content.manage");
  const clash = await db.organization.findUnique({
    where: { communityId_name: { communityId: actor.communityId, name: values.name } },
    select: { id: true },
  });
  if (clash) return fieldError("name", "taken");
  try {
    const org = await db.organization.create({ data: { communityId: actor.communityId, ...values }, select: { id: true } });
    invalidatePublicContent({ organizationIds: [org.id] });
    return { ok: true, value: org };
  } catch (error) {
    if (violatedUniqueIndex(error, [ORGANIZATION_NAME_INDEX])) return fieldError("name", "taken");
    throw error;
  }
}
