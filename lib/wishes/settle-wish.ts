// 办结: closes an open wish with the reply the resident reads; no reply, no settlement.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { runTriage } from "./triage-transition";

export interface SettleWishInput {
  wishId: string;
  expectedVersion: number;
  publicReply: string;
  internalNote?: string;
}

export function settleWish(actor: Actor | null, input: SettleWishInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "SETTLE",
    fields: { publicReply: input.publicReply, internalNote: input.internalNote },
  });
}
