// Staff reopen a settled wish; the reason is kept for colleagues, an optional
// public note tells the resident.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { runTriage } from "./triage-transition";

export interface ReopenWishInput {
  wishId: string;
  expectedVersion: number;
  internalNote: string;
  publicNote?: string;
}

export function reopenWish(actor: Actor | null, input: ReopenWishInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "REOPEN",
    fields: { internalNote: input.internalNote, publicNote: input.publicNote },
  });
}
