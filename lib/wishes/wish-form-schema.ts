// The wish form's rules (wish-form-rules.ts) as a zod schema, for the server:
// publicAction and the tests parse with it, and its issues carry the rules'
// message keys, so fieldErrorsFromZod files them as for every other form.
// The browser calls checkWishForm itself and never loads zod.
import { z } from "zod";
import { checkWishForm, type WishFormValues } from "./wish-form-rules";

export const wishFormSchema = z.unknown().transform((input, ctx): WishFormValues => {
  const checked = checkWishForm(typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {});
  if (checked.ok) return checked.value;
  for (const [field, keys] of Object.entries(checked.problems)) {
    for (const message of keys) ctx.addIssue({ code: "custom", message, path: field ? [field] : [] });
  }
  return z.NEVER;
});
