// The one state every Server Action hands back to its form, resident and staff
// alike. With JavaScript off the page renders the form from it, so it carries
// the typed values back. Every message is a full i18n key ("forms.errors.stale",
// "adminWishes.done.REFER"): never exception text.
export type FieldErrors = Record<string, string[]>;
export type MessageValues = Record<string, string | number>;

export interface FormState<Data = undefined> {
  status: "idle" | "ok" | "error";
  /** Field name → i18n keys; the first is shown next to the field. */
  fieldErrors?: FieldErrors;
  /** What went wrong for the whole form, as an i18n key. */
  formError?: string;
  formErrorValues?: MessageValues;
  /** Success message key, with its values ({ settled: 2 }). */
  message?: string;
  messageValues?: MessageValues;
  /** What was typed, so nothing is lost on an error. Lists are joined with newlines. */
  values?: Record<string, string>;
  /** What a success hands the form beyond a message (a new tracking code, a revealed contact). */
  data?: Data;
}

export const idleFormState: FormState = { status: "idle" };

/** The same idle state, typed for a form whose success carries data. */
export function idleState<Data>(): FormState<Data> {
  return { status: "idle" };
}
