// The staff list of the admin's community, for /admin/staff.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export async function listStaff(actor: Actor | null) {
  assertCan(actor, "staff.manage");
  return db.staffUser.findMany({
    where: { communityId: actor.communityId },
    orderBy: [{ active: "desc" }, { role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      active: true,
      lastSignInAt: true,
      organization: { select: { name: true, nameEn: true } },
    },
  });
}
