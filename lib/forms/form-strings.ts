// FormData → plain strings, for the Server Actions whose forms have single-valued
// text fields. React's own "$ACTION_…" keys are dropped, the first value of a
// repeated key wins, and files (no form here has one) are left out.
export function formStrings(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !(key in out)) out[key] = value;
  }
  return out;
}
