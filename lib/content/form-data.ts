// FormData ↔ plain objects for the content forms. The schema parses the object;
// the same object, flattened to strings, goes back to the form after an error so
// that nothing typed is lost.

/** Repeated keys (checkboxes) become arrays; files are ignored. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length === 0) continue;
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Lists are joined with newlines: a form re-ticks a checkbox when its value is among the lines. */
export function toFormValues(input: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) out[key] = Array.isArray(value) ? value.join("\n") : value;
  return out;
}

export function listValue(values: Record<string, string> | undefined, key: string): string[] {
  const raw = values?.[key];
  return raw ? raw.split("\n") : [];
}
