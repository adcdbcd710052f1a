// The report page's unit figures (issue 14 §3), for the scope the rest of the
// report shows: a market day's wishes, or the referrals sent in a period.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
// A staff report: the replica when there is one (lib/db/replica.ts).
import { replicaDb } from "@/lib/db/replica";
import { periodBounds } from "./report-scope";
import { queryUnitFigures, type UnitFigures } from "./unit-figures";
import type { ScopedReport } from "./wish-report";

export async function getUnitReport(actor: Actor | null, scoped: ScopedReport): Promise<UnitFigures[]> {
  assertCan(actor, "report.view");
  const now = new Date();
  if (scoped.marketDay) {
    return queryUnitFigures({ communityId: actor.communityId, marketDayId: scoped.marketDay.id }, now, replicaDb());
  }
  if (scoped.period) {
    const { start, end } = periodBounds(scoped.period.from, scoped.period.to);
    return queryUnitFigures({ communityId: actor.communityId, start, end }, now, replicaDb());
  }
  return [];
}
