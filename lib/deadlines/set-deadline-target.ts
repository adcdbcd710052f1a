// An admin sets (or changes) the working-day targets for a kind, a category,
// both, or the whole community, and removes a row to fall back to the next less
// specific one (lib/deadlines/pick-targets.ts). New wishes take the targets from
// then on; the due dates of wishes already in are left as they were promised.
// Both are audited.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { ActionError } from "@/lib/forms/action-error";
import { forgetDeadlineTargets } from "./deadline-target-query";
import type { DeadlineTargetValues } from "./deadline-target-schema";

export async function setDeadlineTarget(actor: Actor | null, values: DeadlineTargetValues): Promise<void> {
  assertCan(actor, "content.manage");
  const { kind, category, firstReplyDays, unitAnswerDays, settlementDays } = values;
  const days = { firstReplyDays, unitAnswerDays, settlementDays };
  await db.$transaction(async (tx) => {
    // The unique key makes two admins saving the same row at once one row.
    const row = await tx.deadlineTarget.upsert({
      where: { communityId_kind_category: { communityId: actor.communityId, kind, category } },
      create: { communityId: actor.communityId, kind, category, ...days },
      update: days,
      select: { id: true },
    });
    await recordAudit(
      {
        action: "deadline.set",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "DeadlineTarget",
        subjectId: row.id,
        detail: { kind, category, ...days },
      },
      tx,
    );
  });
  forgetDeadlineTargets(actor.communityId);
}

export async function removeDeadlineTarget(actor: Actor | null, id: string): Promise<void> {
  assertCan(actor, "content.manage");
  await db.$transaction(async (tx) => {
    const row = await tx.deadlineTarget.findUnique({
      where: { id },
      select: { communityId: true, kind: true, category: true },
    });
    if (!row) throw new ActionError("adminContent.deadlines.gone");
    assertCan(actor, "content.manage", row);
    await tx.deadlineTarget.delete({ where: { id } });
    await recordAudit(
      {
        action: "deadline.remove",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "DeadlineTarget",
        subjectId: id,
        detail: { kind: row.kind, category: row.category },
      },
      tx,
    );
  });
  forgetDeadlineTargets(actor.communityId);
}
