// Which of a community's deadline targets apply to a wish (pure; the rows come
// from DeadlineTarget). The most specific row wins:
//   kind and category  >  category  >  kind  >  the community's  >  the defaults.
// A category is the more specific of the two: a legal question answers to the
// legal target whether it came as a wish or an opinion. A wish without a
// category yet (residents may leave it to staff) matches only "any category".
import { DEFAULT_TARGETS, type DeadlineTargets } from "./deadline-targets";

/** "Any kind" or "any category" in a target row. */
export const ANY = "*";

export interface TargetRow extends DeadlineTargets {
  kind: string;
  category: string;
}

function specificity(row: TargetRow): number {
  return (row.category !== ANY ? 2 : 0) + (row.kind !== ANY ? 1 : 0);
}

export function pickTargets(rows: readonly TargetRow[], kind: string, category: string | null): DeadlineTargets {
  let best: TargetRow | null = null;
  for (const row of rows) {
    if (row.kind !== ANY && row.kind !== kind) continue;
    if (row.category !== ANY && row.category !== category) continue;
    if (!best || specificity(row) > specificity(best)) best = row;
  }
  if (!best) return DEFAULT_TARGETS;
  const { firstReplyDays, unitAnswerDays, settlementDays } = best;
  return { firstReplyDays, unitAnswerDays, settlementDays };
}
