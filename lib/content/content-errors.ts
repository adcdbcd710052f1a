// How the content services (market days, stalls, partner units) report what a
// staff member can fix: an ActionError with the message next to its field, so a
// duplicate slug is a note under the slug, never a 500. Keys are under
// "adminContent.errors", the namespace the content schemas write theirs in.
import { fieldActionError, type ActionError } from "@/lib/forms/action-error";
import { violatedUniqueIndex } from "@/lib/db/unique-violation";

export const CONTENT_MESSAGES = "adminContent.errors";

export function contentFieldError(field: string, key: "taken" | "invalid"): ActionError {
  return fieldActionError(field, `${CONTENT_MESSAGES}.${key}`);
}

/**
 * For a write's catch: a violated unique index becomes "taken" on its field
 * (`fields` maps index names to form fields); any other error is thrown on.
 */
export function takenOrRethrow(error: unknown, fields: Readonly<Record<string, string>>): never {
  const index = violatedUniqueIndex(error, Object.keys(fields));
  if (index) throw contentFieldError(fields[index]!, "taken");
  throw error;
}
