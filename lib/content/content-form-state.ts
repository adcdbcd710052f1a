// The one state every content form's Server Action returns. With JavaScript off
// the page renders the form from it, so it carries the typed values back.
// Messages are i18n keys under "adminContent.errors" (field and form errors) or
// "adminContent" (success messages), never exception text.
import type { FieldErrors } from "./content-result";

export type ContentFormErrorKey = "notFound" | "statusChanged" | "signedOut" | "forbidden" | "failed" | "checkFields";

export interface ContentFormState {
  status: "idle" | "ok" | "error";
  fieldErrors?: FieldErrors;
  formError?: ContentFormErrorKey;
  /** Success message key, e.g. "common.saved", "marketDays.published". */
  message?: string;
  values?: Record<string, string>;
}

export const idleContentState: ContentFormState = { status: "idle" };
