// The secretary (or an admin) schedules a joint council meeting.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidateCouncil } from "./council-errors";
import type { MeetingInput } from "./meeting-schema";

export async function createMeeting(actor: Actor | null, input: MeetingInput): Promise<{ id: string }> {
  assertCan(actor, "council.manage");
  const meeting = await db.councilMeeting.create({
    data: { ...input, communityId: actor.communityId },
    select: { id: true },
  });
  // A meeting created as HELD appears on the public page at once.
  if (input.status === "HELD") invalidateCouncil();
  return meeting;
}
