// The community of the account a staff form names, for the action wrapper's
// check before anything typed is parsed (lib/forms/staff-action.ts); null when
// there is no such account. lib/staff/load-staff-target.ts checks it again
// inside each service's transaction.
import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/uuid";

export async function staffUserCommunity(userId: string): Promise<{ communityId: string } | null> {
  if (!isUuid(userId)) return null;
  return db.staffUser.findUnique({ where: { id: userId }, select: { communityId: true } });
}
