// Makes a draft (or a cancelled market day that is on again) public.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { changeMarketDayStatus } from "./change-market-day-status";

export function publishMarketDay(actor: Actor | null, id: string) {
  return changeMarketDayStatus(actor, id, { from: ["DRAFT", "CANCELLED"], to: "PUBLISHED", audit: "content.publish" });
}
