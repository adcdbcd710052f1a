// Dashboard reads of partner units: the actor's community only, never cached.
import "server-only";
import { db } from "@/lib/db";

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
    select: { id: true, name: true, nameEn: true, type: true, description: true, descriptionEn: true },
  });
}
