"use client";
// One checkbox that stands alone (anonymous, consent, public), made of the kit's
// parts: the whole line is the 48 px tap target, and its hint and error are
// linked to the box itself with aria-describedby.
import type { ReactNode } from "react";
import { checkClass, FieldError } from "@/components/forms/field-parts";
import { useField } from "@/components/forms/form-scope";

export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint: ReactNode }) {
  const f = useField(name, { hint: true });
  return (
    <div>
      <label htmlFor={f.id} className="flex min-h-12 cursor-pointer items-start gap-3">
        <input
          id={f.id}
          type="checkbox"
          name={name}
          defaultChecked={f.value === "on"}
          aria-invalid={f.invalid || undefined}
          aria-describedby={f.describedBy}
          className={`mt-1 ${checkClass}`}
        />
        <span className="text-lg font-semibold">{label}</span>
      </label>
      <FieldError id={f.errorId} errors={f.errors} />
      <div id={f.hintId} className="mt-1 text-muted">
        {hint}
      </div>
    </div>
  );
}
