// An admin enters a day of the State Council's holiday schedule (a holiday or a
// make-up workday) for a year the bundled calendar does not know, or removes
// one. The calendar is reloaded at once on this instance, within a minute on
// the others (working-calendar.ts). Due dates already given are kept. Audited.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { ActionError } from "@/lib/forms/action-error";
import { ensureWorkingCalendar } from "./working-calendar";
import type { WorkingDayValues } from "./working-day-schema";

export async function setWorkingDay(actor: Actor | null, values: WorkingDayValues): Promise<{ day: string }> {
  assertCan(actor, "content.manage");
  const { day, working, name } = values;
  await db.$transaction(async (tx) => {
    await tx.workingDayOverride.upsert({ where: { day }, create: { day, working, name }, update: { working, name } });
    await recordAudit(
      {
        action: "calendar.set",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "WorkingDayOverride",
        subjectId: day,
        detail: { working, name },
      },
      tx,
    );
  });
  await ensureWorkingCalendar(true);
  return { day };
}

export async function removeWorkingDay(actor: Actor | null, day: string): Promise<{ day: string }> {
  assertCan(actor, "content.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.workingDayOverride.deleteMany({ where: { day } });
    if (count === 0) throw new ActionError("adminContent.calendar.gone");
    await recordAudit(
      {
        action: "calendar.remove",
        communityId: actor.communityId,
        actorId: actor.id,
        subjectType: "WorkingDayOverride",
        subjectId: day,
      },
      tx,
    );
  });
  await ensureWorkingCalendar(true);
  return { day };
}
