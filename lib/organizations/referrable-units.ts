// Which units a community's wish may be referred to: its own partner units, and
// the units that serve its whole subdistrict (街道 offices, the police station),
// whichever community entered them (issue 14 §4). A Prisma OR, so every refer
// path and the forms' choices agree.
import type { Prisma } from "@/lib/db/generated/client";

export function referrableBy(communityId: string): Prisma.OrganizationWhereInput[] {
  return [{ communityId }, { subdistrict: { communities: { some: { id: communityId } } } }];
}
