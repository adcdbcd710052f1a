// Creates a market day as a draft, with its organiser and partner units. It
// becomes public only through publishMarketDay.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { contentFieldError, takenOrRethrow } from "@/lib/content/content-errors";
import { assertOrganizations } from "@/lib/organizations/assert-organizations";
import type { MarketDayFormValues } from "./market-day-form-schema";
import { MARKET_DAY_SLUG_INDEX, marketDayColumns } from "./market-day-data";

export async function createMarketDay(
  actor: Actor | null,
  values: MarketDayFormValues,
): Promise<{ id: string; slug: string }> {
  // The new record belongs to the actor's own community; referenced records are checked below.
  assertCan(actor, "content.manage");
  const orgIds = values.organizations.map((o) => o.organizationId);
  await assertOrganizations(actor, orgIds, "organizations");
  // Slugs are unique across the deployment (public URLs); checked first for a
  // clear message, and again by the index for two staff racing.
  if (await db.marketDay.findUnique({ where: { slug: values.slug }, select: { id: true } })) {
    throw contentFieldError("slug", "taken");
  }
  const day = await db.marketDay
    .create({
      data: {
        communityId: actor.communityId,
        ...marketDayColumns(values),
        organizations: {
          createMany: { data: values.organizations.map((o) => ({ organizationId: o.organizationId, role: o.role })) },
        },
      },
      select: { id: true, slug: true },
    })
    .catch((error: unknown) => takenOrRethrow(error, { [MARKET_DAY_SLUG_INDEX]: "slug" }));
  // A draft is on no public page yet, but the partners' pages list their market days.
  invalidatePublicContent({ marketDayIds: [day.id], organizationIds: orgIds });
  return day;
}
