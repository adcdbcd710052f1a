// A note on the wish's timeline, in any state. It bumps the version on purpose
// (see lifecycle.ts): a colleague's stale form should see it before acting.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { runTriage } from "./triage-transition";

export interface AddNoteInput {
  wishId: string;
  expectedVersion: number;
  internalNote: string;
  publicNote?: string;
}

export function addNote(actor: Actor | null, input: AddNoteInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "ADD_NOTE",
    fields: { internalNote: input.internalNote, publicNote: input.publicNote },
  });
}
