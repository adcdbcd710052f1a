"use client";
// Text input, textarea, select and date-time: label, hint and error linked with
// aria-describedby, large type and a 48 px touch target. Values come from the
// FormScope (or `defaultValue`), so typed text survives every error.
import type { ComponentProps, ReactNode } from "react";
import { useField } from "./form-scope";
import { controlClass, FieldError, Hint, Label } from "./field-parts";

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Errors from elsewhere (Conform's live validation) instead of the scope's. */
  errors?: string[];
}

type Extra<E extends "input" | "textarea" | "select"> = Omit<
  ComponentProps<E>,
  "name" | "id" | "aria-invalid" | "aria-describedby" | "aria-required" | "className" | "children" | "required"
>;

function Frame({
  f,
  label,
  hint,
  required,
  children,
}: {
  f: ReturnType<typeof useField>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <Label htmlFor={f.id} required={required}>
        {label}
      </Label>
      {hint ? <Hint id={f.hintId}>{hint}</Hint> : null}
      <FieldError id={f.errorId} errors={f.errors} />
      {children}
    </div>
  );
}

export function TextInput({
  name,
  label,
  hint,
  required,
  errors,
  type = "text",
  ...rest
}: FieldProps & Extra<"input"> & { type?: "text" | "tel" | "email" | "password" | "search" }) {
  const f = useField(name, { hint: Boolean(hint), errors });
  return (
    <Frame f={f} label={label} hint={hint} required={required}>
      <input
        defaultValue={type === "password" ? undefined : f.value}
        {...rest}
        id={f.id}
        name={name}
        type={type}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </Frame>
  );
}

/** Date, time or date and time; read as Shanghai wall-clock time by the schemas. */
export function DateTimeInput({
  name,
  label,
  hint,
  required,
  errors,
  type,
  ...rest
}: FieldProps & Extra<"input"> & { type: "date" | "time" | "datetime-local" }) {
  const f = useField(name, { hint: Boolean(hint), errors });
  return (
    <Frame f={f} label={label} hint={hint} required={required}>
      <input
        defaultValue={f.value}
        {...rest}
        id={f.id}
        name={name}
        type={type}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </Frame>
  );
}

export function TextArea({ name, label, hint, required, errors, rows = 4, ...rest }: FieldProps & Extra<"textarea">) {
  const f = useField(name, { hint: Boolean(hint), errors });
  return (
    <Frame f={f} label={label} hint={hint} required={required}>
      <textarea
        defaultValue={f.value}
        {...rest}
        rows={rows}
        id={f.id}
        name={name}
        aria-required={required || undefined}
        aria-invalid={f.invalid || undefined}
        aria-describedby={f.describedBy}
        className={controlClass(f.invalid)}
      />
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  name,
  label,
  hint,
  required,
  errors,
  options,
  placeholder,
  ...rest
}: FieldProps & Extra<"select"> & { options: readonly Option[]; placeholder?: string }) {
  const f = useField(name, { hint: Boolean(hint), errors });
  return (
    <Frame f={f} label={label} hint={hint} required={required}>
      <select
        defaultValue={f.value}
        {...rest}
        id={f.id}
        name={name}
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
    </Frame>
  );
}
