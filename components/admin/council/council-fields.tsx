"use client";
// Form controls of the council pages: label, hint and error linked with
// aria-describedby, large type and touch targets. Several forms share one page
// (a decision form per agenda item), so every id is prefixed with the form's id.
import { createContext, useContext, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import type { CouncilFormState } from "@/lib/council/council-form-state";

interface Ctx {
  formId: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
}
const FormContext = createContext<Ctx>({ formId: "f", values: {}, errors: {} });

export function CouncilFormScope({ formId, state, defaults, children }: { formId: string; state: CouncilFormState; defaults?: Record<string, string>; children: ReactNode }) {
  const values = { ...defaults, ...state.values };
  return <FormContext.Provider value={{ formId, values, errors: state.fieldErrors ?? {} }}>{children}</FormContext.Provider>;
}

export const controlClass = (invalid: boolean) =>
  [
    "mt-1 block min-h-12 w-full rounded border-2 bg-white px-3 py-2 text-lg",
    invalid ? "border-brand-dark ring-2 ring-brand-dark" : "border-ink",
  ].join(" ");

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  lang?: string;
}

function useField(name: string, hint?: string) {
  const { formId, values, errors } = useContext(FormContext);
  const id = `${formId}-${name}`;
  const fieldErrors = errors[name];
  const describedBy = [hint ? `${id}-hint` : null, fieldErrors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, value: values[name] ?? "", errors: fieldErrors, describedBy, invalid: Boolean(fieldErrors?.length) };
}

function LabelHintError({ id, label, hint, errors, required }: { id: string; label: string; hint?: string; errors?: string[]; required?: boolean }) {
  const t = useTranslations("adminCouncil");
  const first = errors?.[0];
  return (
    <>
      <label htmlFor={id} className="block text-lg font-semibold">
        {label}
        {required ? <span className="sr-only"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {first ? (
        <p id={`${id}-error`} className="mt-1 flex gap-2 font-semibold text-brand-dark">
          <span aria-hidden="true" className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-dark text-white">
            !
          </span>
          <span>{t.has(first) ? t(first) : t("errors.checkFields")}</span>
        </p>
      ) : null}
    </>
  );
}

export function TextInput({ name, label, hint, required, lang, type = "text", maxLength }: FieldProps & { type?: "text" | "datetime-local"; maxLength?: number }) {
  const f = useField(name, hint);
  return (
    <div>
      <LabelHintError id={f.id} label={label} hint={hint} errors={f.errors} required={required} />
      <input
        id={f.id}
        name={name}
        type={type}
        lang={lang}
        maxLength={maxLength}
        defaultValue={f.value}
        required={required}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </div>
  );
}

export function TextArea({ name, label, hint, required, lang, rows = 4, maxLength }: FieldProps & { rows?: number; maxLength?: number }) {
  const f = useField(name, hint);
  return (
    <div>
      <LabelHintError id={f.id} label={label} hint={hint} errors={f.errors} required={required} />
      <textarea
        id={f.id}
        name={name}
        rows={rows}
        lang={lang}
        maxLength={maxLength}
        defaultValue={f.value}
        required={required}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </div>
  );
}

export function Select({ name, label, options }: { name: string; label: string; options: { value: string; label: string }[] }) {
  const f = useField(name);
  return (
    <div>
      <LabelHintError id={f.id} label={label} errors={f.errors} />
      <select id={f.id} name={name} defaultValue={f.value} aria-describedby={f.describedBy} className={controlClass(f.invalid)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Success or form-level error, announced to screen readers. */
export function FormMessage({ state }: { state: CouncilFormState }) {
  const t = useTranslations("adminCouncil");
  if (state.status === "ok" && state.message) {
    const skipped = state.messageValues?.skipped ?? 0;
    return (
      <div role="status" className="rounded border-2 border-green-800 bg-green-50 px-4 py-3 text-lg font-semibold text-green-900">
        <p>{t(state.message, state.messageValues)}</p>
        {skipped > 0 ? <p>{t("messages.decidedSkipped", { skipped })}</p> : null}
      </div>
    );
  }
  if (state.status === "error" && state.formError) {
    return (
      <p role="alert" className="rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg font-semibold text-brand-dark">
        {t.has(state.formError) ? t(state.formError) : t("errors.failed")}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("adminCouncil.form");
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-12 items-center rounded bg-brand px-5 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {pending ? t("pending") : label}
    </button>
  );
}
