// Any error a staff wish action can meet → the form's state, as i18n keys under
// "adminWishes". Nothing raw reaches the page, and typed text comes back in
// `values`. Unknown errors are logged by name only (messages may hold input).
import "server-only";
import { AuthorizationError } from "@/lib/auth/permissions";
import { MissingFieldsError, StaleWishError } from "./apply-transition";
import { WishTransitionError } from "./lifecycle";
import type { TriageState } from "./triage-schemas";
import { TriageInputError, WishNotFoundError } from "./triage-transition";

export function triageActionError(error: unknown, values: Record<string, string> = {}): TriageState {
  const fail = (extra: Partial<TriageState>): TriageState => ({ status: "error", values, ...extra });
  if (error instanceof AuthorizationError) return fail({ formError: error.status === 401 ? "errors.signedOut" : "errors.forbidden" });
  if (error instanceof StaleWishError) return fail({ formError: "wishes.stale" });
  if (error instanceof WishTransitionError) return fail({ formError: "wishes.stale" });
  if (error instanceof WishNotFoundError) return fail({ formError: "errors.notFound" });
  if (error instanceof TriageInputError) return fail({ fieldErrors: { [error.field]: [error.key] } });
  if (error instanceof MissingFieldsError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const group of error.missing) fieldErrors[group[0]!] = ["errors.required"];
    return fail({ fieldErrors });
  }
  console.error("wish action failed:", error instanceof Error ? error.name : typeof error);
  return fail({ formError: "errors.failed" });
}

