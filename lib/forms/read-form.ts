// FormData → the plain object a schema parses, and the strings that go back to
// the form after an error so that nothing typed is lost.

export type FormInput = Record<string, string | string[]>;

/**
 * Repeated keys (checkboxes) become arrays; files and React's own "$ACTION_…"
 * keys (present when a form is posted with JavaScript off) are left out.
 */
export function readForm(form: FormData): FormInput {
  const out: FormInput = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length === 0) continue;
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * The strings a form shows again. Lists are joined with newlines (a checkbox is
 * ticked again when its value is among the lines); `secret` fields such as
 * passwords are never sent back.
 */
export function formValues(input: FormInput, secret: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!secret.includes(key)) out[key] = Array.isArray(value) ? value.join("\n") : value;
  }
  return out;
}

/** The lines of a list value, as formValues joined them. */
export function listValue(values: Record<string, string> | undefined, key: string): string[] {
  const raw = values?.[key];
  return raw ? raw.split("\n") : [];
}

/** One text field of the raw input; a repeated or missing key reads as "". */
export function textOf(input: FormInput, key: string): string {
  const value = input[key];
  return typeof value === "string" ? value : "";
}
