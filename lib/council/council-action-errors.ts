// Turns what a council action met into the form's state: authorisation, council
// refusals and stale wishes get their own message; anything else is logged by name
// only (a database error may quote values) and shown as "failed". Never a 500.
import "server-only";
import { AuthorizationError } from "@/lib/auth/permissions";
import { MissingFieldsError, StaleWishError } from "@/lib/wishes/apply-transition";
import { CouncilDecisionError, CouncilNotFoundError } from "./council-errors";
import type { CouncilFormState } from "./council-form-state";

export function councilErrorState(error: unknown, values: Record<string, string>): CouncilFormState {
  const fail = (formError: string): CouncilFormState => ({ status: "error", formError, values });
  if (error instanceof AuthorizationError) return fail(error.status === 401 ? "errors.signedOut" : "errors.forbidden");
  if (error instanceof CouncilNotFoundError) return fail("errors.notFound");
  if (error instanceof CouncilDecisionError) {
    return fail(error.reason === "meetingCancelled" ? "errors.meetingCancelled" : "errors.alreadyDecided");
  }
  if (error instanceof StaleWishError) return fail("errors.stale");
  if (error instanceof MissingFieldsError) return { status: "error", formError: "errors.checkFields", fieldErrors: { decision: ["errors.decisionRequired"] }, values };
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  console.error(`council action failed: ${error instanceof Error ? error.name : typeof error} ${code}`.trim());
  return fail("errors.failed");
}
