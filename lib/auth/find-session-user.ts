// The user side of a session check: one primary-key read per request, made
// alongside the read of the session row (lib/auth/actor-from-token.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/uuid";

/** Who a staff member is, as a session and a sign-in both read it. */
export const staffIdentitySelect = {
  id: true,
  communityId: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  /** UNIT accounts only: the organisation whose referrals they work. */
  organizationId: true,
  /** SUBDISTRICT accounts only: the subdistrict whose communities they see. */
  subdistrictId: true,
} as const;

export async function findSessionUser(id: string) {
  // A malformed id in a forged-but-decryptable token must not reach Postgres as
  // an invalid uuid (that would be a 500, not a sign-out).
  if (!isUuid(id)) return null;
  return db.staffUser.findUnique({
    where: { id },
    select: { ...staffIdentitySelect, sessionsValidAfter: true, totpEnabledAt: true },
  });
}
