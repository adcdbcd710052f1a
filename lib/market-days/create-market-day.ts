// Creates a market day as a draft, with its organiser and partner units. It
// becomes public only through publishMarketDay.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { assertOrganizations } from "@/lib/organizations/assert-organizations";
import type { MarketDayFormValues } from "./market-day-form-schema";
import { MARKET_DAY_SLUG_INDEX, marketDayColumns } from "./market-day-data";

export async function createMarketDay(
  actor: Actor | null,
  values: MarketDayFormValues,
): Promise<ContentResult<{ id: string; slug: string }>> {
  // The new record belongs to the actor's own community; referenced records are checked below.
  assertCan(actor, "content.manage");
  const orgIds = values.organizations.map((o) => o.organizationId);
  if (!(await assertOrganizations(actor, orgIds))) return fieldError("organizations", "invalid");
  // Slugs are unique across the deployment (public URLs); checked first for a
  // clear message, and again by the index for two staff racing.
  if (await db.marketDay.findUnique({ where: { slug: values.slug }, select: { id: true } })) {
    return fieldError("slug", "taken");
  }
  try {
    const day = await db.marketDay.create({
      data: {
        communityId: actor.communityId,
        ...marketDayColumns(values),
        organizations: { createMany: { data: values.organizations.map((o) => ({ organizationId: o.organizationId, role: o.role })) } },
      },
      select: { id: true, slug: true },
    });
    // A draft is on no public page yet, but the partners' pages list their market days.
    invalidatePublicContent({ marketDayIds: [day.id], organizationIds: orgIds });
    return { ok: true, value: day };
  } catch (error) {
    if (violatedUniqueIndex(error, [MARKET_DAY_SLUG_INDEX])) return fieldError("slug", "taken");
    throw error;
  }
}
