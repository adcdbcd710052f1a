"use client";
// Building blocks of the content forms: every control has a label, its hint and
// its error next to it (linked with aria-describedby), large type and touch
// targets for a tablet at the stall. Values and errors come from the action's
// state through a context, so typed text survives every error.
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { listValue } from "@/lib/content/form-data";
import type { ContentFormState } from "@/lib/content/content-form-state";

interface FormContextValue {
  values: Record<string, string>;
  errors: Record<string, string[]>;
}

const FormContext = createContext<FormContextValue>({ values: {}, errors: {} });

export function FormValues({ state, children }: { state: ContentFormState; children: ReactNode }) {
  return <FormContext.Provider value={{ values: state.values ?? {}, errors: state.fieldErrors ?? {} }}>{children}</FormContext.Provider>;
}

export const controlClass = (invalid: boolean) =>
  [
    "mt-1 block min-h-12 w-full rounded border-2 bg-white px-3 py-2 text-lg",
    invalid ? "border-brand-dark ring-2 ring-brand-dark" : "border-ink",
  ].join(" ");

function useField(name: string, hint: string | undefined) {
  const { values, errors } = useContext(FormContext);
  const fieldErrors = errors[name];
  const ids = [hint ? `${name}-hint` : null, fieldErrors?.length ? `${name}-error` : null].filter(Boolean).join(" ");
  return { value: values[name] ?? "", errors: fieldErrors, describedBy: ids || undefined, invalid: Boolean(fieldErrors?.length) };
}

function useErrorText() {
  const t = useTranslations("adminContent.errors");
  return (key: string) => (t.has(key) ? t(key) : t("invalid"));
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const t = useTranslations("adminContent.common");
  return (
    <label htmlFor={htmlFor} className="block text-lg font-semibold">
      {label} <span className="text-base font-normal text-muted">{required ? t("required") : t("optional")}</span>
    </label>
  );
}

function HintAndError({ name, hint, errors }: { name: string; hint?: string; errors?: string[] }) {
  const text = useErrorText();
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 flex gap-2 font-semibold text-brand-dark">
          <span aria-hidden="true" className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-dark text-white">
            !
          </span>
          <span>{text(errors[0]!)}</span>
        </p>
      ) : null}
    </>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export function TextField({
  name,
  label,
  hint,
  required,
  type = "text",
  inputMode,
  maxLength,
  lang,
}: FieldProps & {
  type?: "text" | "date" | "time";
  inputMode?: "numeric" | "decimal";
  maxLength?: number;
  lang?: string;
}) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={name} label={label} required={required} />
      <HintAndError name={name} hint={hint} errors={f.errors} />
      <input
        id={name}
        name={name}
        type={type}
        inputMode={inputMode}
        maxLength={maxLength}
        lang={lang}
        defaultValue={f.value}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </div>
  );
}

export function TextAreaField({ name, label, hint, required, rows = 4, maxLength, lang }: FieldProps & { rows?: number; maxLength?: number; lang?: string }) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={name} label={label} required={required} />
      <HintAndError name={name} hint={hint} errors={f.errors} />
      <textarea
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        lang={lang}
        defaultValue={f.value}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  options,
  placeholder,
}: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const f = useField(name, hint);
  return (
    <div>
      <Label htmlFor={name} label={label} required={required} />
      <HintAndError name={name} hint={hint} errors={f.errors} />
      <select
        id={name}
        name={name}
        defaultValue={f.value}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes sharing one name (audiences, host units); ticked ones come back as lines. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  required,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  required?: boolean;
  options: readonly { value: string; label: string }[];
}) {
  const { values } = useContext(FormContext);
  const f = useField(name, hint);
  const t = useTranslations("adminContent.common");
  const ticked = new Set(listValue(values, name));
  return (
    <fieldset aria-describedby={f.describedBy} className="space-y-2">
      <legend className="text-lg font-semibold">
        {legend} <span className="text-base font-normal text-muted">{required ? t("required") : t("optional")}</span>
      </legend>
      <HintAndError name={name} hint={hint} errors={f.errors} />
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded border-2 border-ink bg-white px-3 py-2 text-lg has-[:checked]:border-brand"
          >
            <input type="checkbox" name={name} value={o.value} defaultChecked={ticked.has(o.value)} className="size-6 shrink-0 accent-brand" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The form's outcome: a success note, or what went wrong (announced, and focusable). */
export function FormStatus({ state }: { state: ContentFormState }) {
  const t = useTranslations("adminContent");
  if (state.status === "ok" && state.message) {
    return (
      <p role="status" className="rounded border-2 border-green-800 bg-green-50 px-4 py-3 text-lg font-semibold text-green-900">
        {t(state.message as "common.saved")}
      </p>
    );
  }
  if (state.status === "error" && state.formError) {
    const count = Object.keys(state.fieldErrors ?? {}).length;
    return (
      <p role="alert" className="rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg font-semibold text-brand-dark">
        {t(`errors.${state.formError}`, { count })}
      </p>
    );
  }
  return null;
}

export function SubmitButton({ pending, label }: { pending: boolean; label: string }) {
  const t = useTranslations("adminContent.common");
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-12 min-w-32 items-center justify-center rounded bg-brand px-6 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {pending ? t("saving") : label}
    </button>
  );
}

/** A new key per returned state remounts the form, so selects and checkboxes show the returned values. */
export function stateKey(state: ContentFormState): string {
  return `${state.status}:${JSON.stringify(state.values ?? {})}`;
}
