// Saves the office's phone and hours for the actor's own community, and expires
// the pages that show them (the tracking page's 忘记查询码 section).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import type { OfficeFormValues } from "./office-form-schema";

export async function updateOfficeContact(actor: Actor | null, values: OfficeFormValues): Promise<void> {
  assertCan(actor, "content.manage");
  await db.community.update({ where: { id: actor.communityId }, data: values });
  invalidatePublicContent({ community: true });
}
