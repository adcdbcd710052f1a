// Errors and cache invalidation shared by the council services. The errors are
// ActionErrors, so the action wrapper shows them on the form as they are.
import "server-only";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";

/**
 * The meeting or item does not exist in the actor's community (or cannot take
 * the change): another community's record looks exactly like a missing one.
 */
export class CouncilNotFoundError extends ActionError {
  constructor() {
    super("forms.errors.notFound");
    this.name = "CouncilNotFoundError";
  }
}

/**
 * A decision that cannot be recorded: it was recorded already, the meeting was
 * cancelled or has not taken place yet, or a colleague changed one of the linked wishes meanwhile (then
 * nothing was written; the message says which wishes and that a reload helps).
 */
export class CouncilDecisionError extends ActionError {
  constructor(readonly reason: "alreadyDecided" | "meetingCancelled" | "meetingNotHeld" | "stale") {
    super(`adminCouncil.errors.${reason}`);
    this.name = "CouncilDecisionError";
  }
}

/** The public /council page shows meetings, topics and decisions. */
export function invalidateCouncil(options: { wishes?: boolean } = {}): void {
  invalidatePublicContent({ council: true, wishes: options.wishes });
}
