"use client";
// Radio and checkbox groups: a fieldset with a legend, each choice a whole
// 48 px card to tap, with an optional one-line description read after its name.
import type { ReactNode } from "react";
import { listValue } from "@/lib/forms/read-form";
import { useField } from "./form-scope";
import { checkClass, FieldError, Hint, RequiredMark } from "./field-parts";

export interface Choice {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

interface GroupProps {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  choices: readonly Choice[];
  errors?: string[];
  /** The ticked values when not the scope's (Conform's initial value). */
  checked?: readonly string[];
  /** Wider screens show the choices side by side. */
  columns?: boolean;
}

function Group({
  type,
  name,
  legend,
  hint,
  required,
  choices,
  errors,
  checked,
  columns,
}: GroupProps & { type: "radio" | "checkbox" }) {
  const f = useField(name, { hint: Boolean(hint), errors });
  const ticked = new Set(checked ?? (type === "checkbox" ? listValue({ [name]: f.value }, name) : [f.value]));
  return (
    <fieldset aria-describedby={f.describedBy} className="space-y-2">
      <legend className="text-lg font-semibold">
        {legend}
        <RequiredMark required={required} />
      </legend>
      {hint ? <Hint id={f.hintId}>{hint}</Hint> : null}
      <FieldError id={f.errorId} errors={f.errors} />
      <div className={columns ? "grid gap-2 sm:grid-cols-2 lg:grid-cols-3" : "space-y-2"}>
        {choices.map((c) => {
          const id = `${f.id}-${c.value}`;
          return (
            <label
              key={c.value}
              htmlFor={id}
              className="flex min-h-12 cursor-pointer items-start gap-3 rounded border-2 border-ink bg-white px-3 py-2 text-lg has-[:checked]:border-brand has-[:checked]:bg-[#fdf0ee]"
            >
              <input
                id={id}
                type={type}
                name={name}
                value={c.value}
                defaultChecked={ticked.has(c.value)}
                aria-invalid={f.invalid || undefined}
                // The name is the label alone; the description is read after it.
                aria-labelledby={c.description ? `${id}-label` : undefined}
                aria-describedby={c.description ? `${id}-description` : undefined}
                className={`mt-0.5 ${checkClass}`}
              />
              <span>
                <span id={`${id}-label`} className="block">
                  {c.label}
                </span>
                {c.description ? (
                  <span id={`${id}-description`} className="block text-base text-muted">
                    {c.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function RadioGroup(props: GroupProps) {
  return <Group type="radio" {...props} />;
}

export function CheckboxGroup(props: GroupProps) {
  return <Group type="checkbox" {...props} />;
}
