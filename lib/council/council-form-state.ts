// The one state every council Server Action returns. Messages are i18n keys under
// "adminCouncil"; `values` carries the typed text back so nothing is lost on error.
import type { z } from "zod";

export interface CouncilFormState {
  status: "idle" | "ok" | "error";
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  /** Success message key and its numbers ("messages.decided", {settled: 2}). */
  message?: string;
  messageValues?: Record<string, number>;
  values?: Record<string, string>;
}

export const initialCouncilFormState: CouncilFormState = { status: "idle" };


export function invalidCouncilState(values: Record<string, string>, error: z.ZodError): CouncilFormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message.startsWith("errors.") ? issue.message : "errors.checkFields");
  }
  return { status: "error", formError: "errors.checkFields", fieldErrors, values };
}
