// Calls a market day off. It stays listed, marked as cancelled: a resident who saw
// the announcement must learn that it is off (see lib/market-days/queries.ts).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { changeMarketDayStatus } from "./change-market-day-status";

export function cancelMarketDay(actor: Actor | null, id: string) {
  return changeMarketDayStatus(actor, id, { from: ["DRAFT", "PUBLISHED"], to: "CANCELLED", audit: "content.cancel" });
}
