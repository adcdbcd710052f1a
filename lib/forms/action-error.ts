// One error class for every outcome an action reports to its form instead of
// failing: a stale version, a record of another community, a taken username.
// Services throw it (or a subclass with a name of its own); the action
// wrappers turn it into FormState with toErrorState. Codes are full i18n keys.
import type { FieldErrors, FormState, MessageValues } from "./form-state";

export class ActionError extends Error {
  constructor(
    /** i18n key of the form-level message, e.g. "forms.errors.stale". */
    readonly code: string,
    readonly details: { fieldErrors?: FieldErrors; values?: MessageValues } = {},
  ) {
    super(code);
    this.name = "ActionError";
  }
}

/** A problem with one field, shown next to it, with the usual "check the fields" on top. */
export function fieldActionError(field: string, key: string): ActionError {
  return new ActionError("forms.errors.checkFields", { fieldErrors: { [field]: [key] } });
}

/**
 * Never the message: a database error can quote the values, and they may be
 * personal. The name and a driver code are enough to find it in the logs.
 */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
    return `${error.name}${code}`;
  }
  return typeof error;
}

/** Whatever an action met → its form's state. Unknown errors are logged by name and shown as "failed": never a 500. */
export function toErrorState<Data>(error: unknown, values: Record<string, string>, label: string): FormState<Data> {
  if (error instanceof ActionError) {
    return {
      status: "error",
      formError: error.code,
      formErrorValues: error.details.values,
      fieldErrors: error.details.fieldErrors,
      values,
    };
  }
  console.error(`${label} failed: ${describe(error)}`);
  return { status: "error", formError: "forms.errors.failed", values };
}
