// Maps what a staff service may throw to the form's state: expected outcomes
// become i18n keys; anything else is "unavailable", never raw exception text.
import { AuthorizationError } from "@/lib/auth/permissions";
import { StaffError } from "./staff-errors";
import type { StaffFormState } from "./staff-schemas";

export function staffActionError(error: unknown, values?: Record<string, string>): StaffFormState {
  if (error instanceof AuthorizationError) {
    return { status: "error", formError: error.status === 401 ? "errors.signedOut" : "errors.forbidden", values };
  }
  if (error instanceof StaffError) {
    if (error.code === "usernameTaken") return { status: "error", fieldErrors: { username: ["errors.usernameTaken"] }, values };
    return { status: "error", formError: `errors.${error.code}`, values };
  }
  console.error("staff action failed", error instanceof Error ? error.name : "unknown");
  return { status: "error", formError: "errors.unavailable", values };
}
