// 转办 by the subdistrict office (issue 14 §4): a wish of any community of its
// subdistrict, to a unit that serves the whole subdistrict (Organization.
// subdistrictId). It is the community's REFER transition — the same table row,
// transaction, WishEvent, version check, referral and notifications — taken by
// the subdistrict account, scoped to the wish's community once that community
// is shown to be its own.
import "server-only";
import { AuthorizationError, assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { fieldActionError } from "@/lib/forms/action-error";
import { runTriage, WishNotFoundError } from "@/lib/wishes/triage-transition";
import type { ReferAcrossInput } from "./refer-across-schema";
import { inActorSubdistrict } from "./subdistrict-scope";

export async function referAcross(actor: Actor | null, input: ReferAcrossInput) {
  assertCan(actor, "subdistrict.refer");
  const wish = await db.wish.findUnique({ where: { id: input.id }, select: { communityId: true } });
  if (!wish) throw new WishNotFoundError();
  // A wish outside the subdistrict is refused like a missing permission.
  if (!(await inActorSubdistrict(actor, wish.communityId))) throw new AuthorizationError(403);
  const { id: wishId, expectedVersion, ...fields } = input;
  const subdistrictId = actor.subdistrictId;
  return runTriage(
    { ...actor, communityId: wish.communityId },
    {
      wishId,
      expectedVersion,
      action: "REFER",
      permission: "subdistrict.refer",
      fields,
      async prepare(tx) {
        const org = await tx.organization.findFirst({
          where: { id: fields.referralOrgId, subdistrictId: subdistrictId ?? undefined },
          select: { id: true },
        });
        if (!subdistrictId || !org) throw fieldActionError("referralOrgId", "adminWishes.errors.orgNotFound");
      },
    },
  );
}

/** Units that serve the whole subdistrict: the choices of the subdistrict's refer form. */
export async function subdistrictUnits(actor: Actor | null) {
  assertCan(actor, "subdistrict.refer");
  if (!actor.subdistrictId) return [];
  return db.organization.findMany({
    where: {
      subdistrictId: actor.subdistrictId,
      OR: [{ contactEmail: { not: null } }, { contactPhone: { not: null } }],
    },
    select: { id: true, name: true, nameEn: true },
    orderBy: { name: "asc" },
  });
}
