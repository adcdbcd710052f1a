// Errors and cache invalidation shared by the council services.
import "server-only";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";

/** The meeting or item does not exist in the actor's community (or cannot take the change). */
export class CouncilNotFoundError extends Error {
  readonly code = "COUNCIL_NOT_FOUND";
  constructor() {
    super("Council meeting or item not found");
    this.name = "CouncilNotFoundError";
  }
}

/** A decision was recorded already, or the meeting was cancelled. */
export class CouncilDecisionError extends Error {
  readonly code = "COUNCIL_DECISION_REFUSED";
  constructor(readonly reason: "alreadyDecided" | "meetingCancelled") {
    super(`Council decision refused: ${reason}`);
    this.name = "CouncilDecisionError";
  }
}

/** The public /council page shows meetings, topics and decisions. */
export function invalidateCouncil(options: { wishes?: boolean } = {}): void {
  invalidatePublicContent({ council: true, wishes: options.wishes });
}
