// 现场办理: answered and settled at the stall; the reply is required.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { runTriage } from "./triage-transition";

export interface HandleOnSiteInput {
  wishId: string;
  expectedVersion: number;
  publicReply: string;
  internalNote?: string;
}

export function handleOnSite(actor: Actor | null, input: HandleOnSiteInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "HANDLE_ON_SITE",
    fields: { publicReply: input.publicReply, internalNote: input.internalNote },
  });
}
