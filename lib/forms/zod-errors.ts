// zod issues → field errors. Schemas write their messages as keys relative to
// their own messages namespace ("required", "errors.tooLong"); forms get full keys.
import type { z } from "zod";
import type { FieldErrors } from "./form-state";

/** A message that is not a key (zod's own English text) becomes the generic "invalid". */
const KEY = /^[A-Za-z0-9_.]+$/;

export function fieldErrorsFromZod(error: z.ZodError, namespace: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "";
    const key = KEY.test(issue.message) ? `${namespace}.${issue.message}` : "forms.errors.invalid";
    const list = (out[field] ??= []);
    if (!list.includes(key)) list.push(key);
  }
  return out;
}
