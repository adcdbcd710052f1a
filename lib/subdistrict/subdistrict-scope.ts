// Which communities a subdistrict account sees (issue 14 §4), and the actor it
// reads one of them as. Existing queries scope every read by actor.communityId,
// so reading another community of the subdistrict is reading as that community:
// the same role (read-only: no triage, no contact details), another scope. Only
// pages under /admin/subdistrict do that, after this check.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export interface SubdistrictCommunity {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
}

const communitySelect = { id: true, slug: true, name: true, nameEn: true } as const;

export interface SubdistrictOverview {
  subdistrict: { id: string; name: string; nameEn: string | null };
  communities: SubdistrictCommunity[];
}

/** The actor's subdistrict and its communities; null for an account bound to none. */
export async function subdistrictOf(actor: Actor | null): Promise<SubdistrictOverview | null> {
  assertCan(actor, "subdistrict.view");
  if (!actor.subdistrictId) return null;
  const subdistrict = await db.subdistrict.findUnique({
    where: { id: actor.subdistrictId },
    select: { id: true, name: true, nameEn: true, communities: { select: communitySelect, orderBy: { slug: "asc" } } },
  });
  if (!subdistrict) return null;
  const { communities, ...rest } = subdistrict;
  return { subdistrict: rest, communities };
}

/**
 * The actor as it reads `slug`, a community of its subdistrict; null for any
 * other community (the page answers 404, revealing nothing).
 */
export async function viewCommunity(
  actor: Actor | null,
  slug: string,
): Promise<{ viewer: Actor; community: SubdistrictCommunity } | null> {
  assertCan(actor, "subdistrict.view");
  // Without a subdistrict, `subdistrictId: null` would match every community outside one.
  if (!actor.subdistrictId || slug.length > 100) return null;
  const community = await db.community.findFirst({
    where: { slug, subdistrictId: actor.subdistrictId },
    select: communitySelect,
  });
  if (!community) return null;
  return { viewer: { ...actor, communityId: community.id }, community };
}

/** Whether a community belongs to the actor's subdistrict (for services given a record's community). */
export async function inActorSubdistrict(actor: Actor, communityId: string): Promise<boolean> {
  if (!actor.subdistrictId) return false;
  const community = await db.community.findUnique({ where: { id: communityId }, select: { subdistrictId: true } });
  return community?.subdistrictId === actor.subdistrictId;
}
