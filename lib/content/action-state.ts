// Turns what a content action met (invalid input, a service result, an
// exception) into the form's one state. Shared by the thin Server Actions in
// app/[locale]/[display]/admin/content/**/actions.ts.
import type { z } from "zod";
import { AuthorizationError } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/uuid";
import type { ContentFormState } from "./content-form-state";
import type { ContentResult } from "./content-result";
import { toFieldErrors } from "./form-fields";

export function invalidState(values: Record<string, string>, error: z.ZodError): ContentFormState {
  return { status: "error", formError: "checkFields", fieldErrors: toFieldErrors(error), values };
}

export function resultState<T>(result: ContentResult<T>, values: Record<string, string>, message: string): ContentFormState {
  if (result.ok) return { status: "ok", message, values };
  if (result.fieldErrors) return { status: "error", formError: "checkFields", fieldErrors: result.fieldErrors, values };
  return { status: "error", formError: result.formError ?? "failed", values };
}

/**
 * Authorisation failures become their message; anything else is logged by
 * name only (a Prisma error may quote the values, which can be personal) and
 * shown as "failed": no input produces a 500, and the typed text survives.
 */
export function errorState(error: unknown, values: Record<string, string>): ContentFormState {
  if (error instanceof AuthorizationError) {
    return { status: "error", formError: error.status === 401 ? "signedOut" : "forbidden", values };
  }
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  console.error(`content action failed: ${error instanceof Error ? error.name : typeof error} ${code}`.trim());
  return { status: "error", formError: "failed", values };
}

/** Where to go after creating a record: the dashboard path in the page's language. */
export function adminPath(locale: unknown, path: string): string {
  return locale === "en" ? `/en${path}` : path;
}

/** The record id from the form's hidden field; anything but a UUID is "not found". */
export function recordId(value: unknown): string | null {
  return typeof value === "string" && isUuid(value) ? value : null;
}
