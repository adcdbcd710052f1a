// Dashboard reads of partner units: the actor's community only, never cached.
// The one exception, the *Community lookup, answers whose record a form names, so
// that another community's staff are refused before their input is parsed.
import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/uuid";

export async function listOrganizationsForAdmin(communityId: string) {
  return db.organization.findMany({
    where: { communityId },
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameEn: true, type: true },
  });
}

export async function getOrganizationForAdmin(communityId: string, id: string) {
  return db.organization.findFirst({
    where: { id, communityId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      type: true,
      description: true,
      descriptionEn: true,
      contactEmail: true,
      contactPhone: true,
    },
  });
}

/** Whose partner unit the form names, for the action's check before parsing; null when malformed or unknown. */
export async function organizationCommunity(id: string): Promise<{ communityId: string } | null> {
  return isUuid(id) ? db.organization.findUnique({ where: { id }, select: { communityId: true } }) : null;
}
