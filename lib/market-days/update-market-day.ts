// Edits a market day's details and partner units. The status is not changed here:
// publishing and cancelling are their own, audited steps.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldError, violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { assertOrganizations, changedIds } from "@/lib/organizations/assert-organizations";
import type { MarketDayFormValues } from "./market-day-form-schema";
import { MARKET_DAY_SLUG_INDEX, marketDayColumns } from "./market-day-data";

export async function updateMarketDay(
  actor: Actor | null,
  id: string,
  values: MarketDayFormValues,
): Promise<ContentResult<{ id: string; slug: string }>> {
  assertCan(actor, "content.manage");
  const existing = await db.marketDay.findUnique({
    where: { id },
    select: { id: true, communityId: true, organizations: { select: { organizationId: true } } },
  });
  if (!existing) return { ok: false, formError: "notFound" };
  assertCan(actor, "content.manage", existing);
  const orgIds = values.organizations.map((o) => o.organizationId);
  if (!(await assertOrganizations(actor, orgIds))) return fieldError("organizations", "invalid");
  const clash = await db.marketDay.findUnique({ where: { slug: values.slug }, select: { id: true } });
  if (clash && clash.id !== id) return fieldError("slug", "taken");
  try {
    await db.$transaction(async (tx) => {
      await tx.marketDay.update({ where: { id }, data: marketDayColumns(values) });
      // Replacing the links is simpler than diffing them, and one transaction keeps
      // the public page from ever seeing a market day without its organiser.
      await tx.marketDayOrganization.deleteMany({ where: { marketDayId: id } });
      await tx.marketDayOrganization.createMany({
        data: values.organizations.map((o) => ({ marketDayId: id, organizationId: o.organizationId, role: o.role })),
      });
    });
  } catch (error) {
    if (violatedUniqueIndex(error, [MARKET_DAY_SLUG_INDEX])) return fieldError("slug", "taken");
    throw error;
  }
  // The market day's pages carry its tag; organisations joining or leaving need
  // their own pages refreshed (a role change shows on the market day's page).
  const before = existing.organizations.map((o) => o.organizationId);
  invalidatePublicContent({ marketDayIds: [id], organizationIds: changedIds(before, orgIds) });
  return { ok: true, value: { id, slug: values.slug } };
}
