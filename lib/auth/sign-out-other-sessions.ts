// "Sign out my other devices": every other session of the signed-in person is
// revoked (a tablet left at a stall, a shared office computer), this one stays.
// "Sign out everywhere" (lib/staff/sign-out-everywhere.ts) ends this one too.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { StaffActor } from "./actor-from-token";

export async function signOutOtherSessions(actor: StaffActor, ipKey?: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffSession.updateMany({
      where: { staffUserId: actor.id, revokedAt: null, NOT: { id: actor.sessionId } },
      data: { revokedAt: new Date() },
    });
    await recordAudit(
      {
        action: "auth.signOutEverywhere",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "StaffUser",
        subjectId: actor.id,
        ipKey,
        detail: { self: true, keptThisSession: true, sessions: count },
      },
      tx,
    );
    return count;
  });
}
