// Edits a meeting: date, place, attendees, minutes and status (PLANNED/HELD/CANCELLED).
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { CouncilNotFoundError, invalidateCouncil } from "./council-errors";
import type { MeetingInput } from "./meeting-schema";

export async function updateMeeting(actor: Actor | null, meetingId: string, input: MeetingInput): Promise<void> {
  assertCan(actor, "council.manage");
  // The community is part of the WHERE: another community's meeting is "not found".
  const updated = await db.councilMeeting.updateMany({
    where: { id: meetingId, communityId: actor.communityId },
    data: input,
  });
  if (updated.count !== 1) throw new CouncilNotFoundError();
  // Any change may add, alter or remove a held meeting on the public page.
  invalidateCouncil();
}
