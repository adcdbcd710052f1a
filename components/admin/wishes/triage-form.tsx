"use client";

// One form of the wish page (settle, refer, note…): a plain <form> posting to its
// Server Action, so it works without JavaScript; with it, useActionState keeps
// typed text and shows errors in place. Labels arrive translated from the
// server; error keys are translated here ("adminWishes").
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialTriageState, type TriageState } from "@/lib/wishes/triage-schemas";

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  type: "textarea" | "text" | "date" | "select";
  hint?: string;
  required?: boolean;
  maxLength?: number;
  /** Options, optionally in groups (<optgroup>). */
  options?: FieldOption[];
  groups?: { label: string; options: FieldOption[] }[];
  /** Text of an empty first option of a select. */
  empty?: string;
}

type ActionFn = (state: TriageState, form: FormData) => Promise<TriageState>;

const control = "mt-1 min-h-12 w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg";

export function TriageForm({
  id,
  action,
  heading,
  submitLabel,
  fields,
  hidden,
}: {
  id: string;
  action: ActionFn;
  heading: string;
  submitLabel: string;
  fields: FieldSpec[];
  hidden: Record<string, string>;
}) {
  const t = useTranslations("adminWishes");
  const [state, formAction, pending] = useActionState(action, initialTriageState);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errorsOf = (name: string) => state.fieldErrors?.[name] ?? [];

  return (
    <form action={formAction} aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border-2 border-ink bg-white p-4" noValidate>
      <h3 id={`${id}-heading`} className="text-xl font-bold">
        {heading}
      </h3>
      {state.status === "ok" && state.message ? (
        <p role="status" className="rounded border-2 border-ink p-3 font-semibold">
          {t(state.message)}
        </p>
      ) : null}
      {state.formError ? (
        <p role="alert" className="rounded border-2 border-brand p-3 font-semibold text-brand">
          {t(state.formError)}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const errors = errorsOf(f.name);
        const describedBy = [f.hint ? `${fieldId}-hint` : "", errors.length ? `${fieldId}-error` : ""].join(" ").trim() || undefined;
        const common = {
          id: fieldId,
          name: f.name,
          required: f.required,
          "aria-invalid": errors.length ? true : undefined,
          "aria-describedby": describedBy,
          defaultValue: values[f.name] ?? "",
        };
        return (
          <div key={f.name}>
            <label htmlFor={fieldId} className="block text-lg font-semibold">
              {f.label}
              {f.required ? <span className="font-normal"> {t("form.required")}</span> : null}
            </label>
            {f.hint ? (
              <p id={`${fieldId}-hint`} className="text-muted">
                {f.hint}
              </p>
            ) : null}
            {errors.length ? (
              <p id={`${fieldId}-error`} className="font-semibold text-brand">
                {errors.map((key) => t(key)).join(" ")}
              </p>
            ) : null}
            {f.type === "textarea" ? (
              <textarea {...common} rows={3} maxLength={f.maxLength} className={control} />
            ) : f.type === "select" ? (
              <select {...common} className={control}>
                {f.empty !== undefined ? <option value="">{f.empty}</option> : null}
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
                {f.groups?.map((g) => (
                  <optgroup key={g.label} label={g.label}>
                    {g.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ) : (
              <input {...common} type={f.type} maxLength={f.maxLength} className={control} />
            )}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className="min-h-12 rounded bg-brand px-6 text-lg font-bold text-white focus-visible:outline-4 focus-visible:outline-offset-2">
        {submitLabel}
      </button>
    </form>
  );
}
