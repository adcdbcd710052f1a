// Edits a market day's details and partner units. The status is not changed here:
// publishing and cancelling are their own, audited steps.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { contentFieldError, takenOrRethrow } from "@/lib/content/content-errors";
import { ActionError } from "@/lib/forms/action-error";
import { assertOrganizations, changedIds } from "@/lib/organizations/assert-organizations";
import type { MarketDayFormValues } from "./market-day-form-schema";
import { MARKET_DAY_SLUG_INDEX, marketDayColumns } from "./market-day-data";

export async function updateMarketDay(
  actor: Actor | null,
  id: string,
  values: MarketDayFormValues,
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "content.manage");
  const existing = await db.marketDay.findUnique({
    where: { id },
    select: { id: true, communityId: true, organizations: { select: { organizationId: true } } },
  });
  if (!existing) throw new ActionError("forms.errors.notFound");
  assertCan(actor, "content.manage", existing);
  const orgIds = values.organizations.map((o) => o.organizationId);
  await assertOrganizations(actor, orgIds, "organizations");
  const clash = await db.marketDay.findUnique({ where: { slug: values.slug }, select: { id: true } });
  if (clash && clash.id !== id) throw contentFieldError("slug", "taken");
  await db
    .$transaction(async (tx) => {
      await tx.marketDay.update({ where: { id }, data: marketDayColumns(values) });
      // Replacing the links is simpler than diffing them, and one transaction keeps
      // the public page from ever seeing a market day without its organiser.
      await tx.marketDayOrganization.deleteMany({ where: { marketDayId: id } });
      await tx.marketDayOrganization.createMany({
        data: values.organizations.map((o) => ({ marketDayId: id, organizationId: o.organizationId, role: o.role })),
      });
    })
    .catch((error: unknown) => takenOrRethrow(error, { [MARKET_DAY_SLUG_INDEX]: "slug" }));
  // The market day's pages carry its tag; organisations joining or leaving need
  // their own pages refreshed (a role change shows on the market day's page).
  const before = existing.organizations.map((o) => o.organizationId);
  invalidatePublicContent({ marketDayIds: [id], organizationIds: changedIds(before, orgIds) });
  return { id, slug: values.slug };
}
