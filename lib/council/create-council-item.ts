// An agenda item of a joint council meeting (党群联席议事会). Two entry points:
// - createCouncilItemInTx: inside a caller's transaction. lib/wishes/escalate-wish.ts
//   uses it to create the item a wish is escalated to, in the same transaction as
//   the ESCALATE transition, so an item never exists without its first wish.
// - createCouncilItem: the secretary adds a topic to the agenda from the meeting page.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { CouncilNotFoundError, invalidateCouncil } from "./council-errors";
import type { ItemInput } from "./meeting-schema";

export interface CreateCouncilItemInTxInput {
  meetingId: string;
  topic: string;
  topicEn?: string | null;
  /** The caller's (the actor's) community: the meeting must belong to it. */
  communityId: string;
}

/**
 * Creates an item at the end of the meeting's agenda. Throws CouncilNotFoundError
 * when the meeting does not exist in `communityId` (another community's meeting
 * looks exactly like a missing one) or is cancelled.
 */
export async function createCouncilItemInTx(
  tx: Prisma.TransactionClient,
  input: CreateCouncilItemInTxInput,
): Promise<{ id: string; position: number }> {
  // FOR UPDATE on the meeting serialises concurrent appends, so positions stay distinct.
  const meetings = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id, status::text AS status FROM "CouncilMeeting"
    WHERE id = ${input.meetingId}::uuid AND "communityId" = ${input.communityId}::uuid
    FOR UPDATE`;
  const meeting = meetings[0];
  if (!meeting || meeting.status === "CANCELLED") throw new CouncilNotFoundError();
  const last = await tx.councilItem.aggregate({ where: { meetingId: input.meetingId }, _max: { position: true } });
  const position = (last._max.position ?? 0) + 1;
  const item = await tx.councilItem.create({
    data: { meetingId: input.meetingId, topic: input.topic.trim(), topicEn: input.topicEn ?? null, position },
    select: { id: true, position: true },
  });
  return item;
}

export async function createCouncilItem(
  actor: Actor | null,
  meetingId: string,
  input: ItemInput,
): Promise<{ id: string; position: number }> {
  assertCan(actor, "council.manage");
  const item = await db.$transaction((tx) =>
    createCouncilItemInTx(tx, {
      meetingId,
      topic: input.topic,
      topicEn: input.topicEn,
      communityId: actor.communityId,
    }),
  );
  invalidateCouncil();
  return item;
}
