"use client";
// Label, hint and error in one look for every form: the rule "required" is in
// the text, not only a colour or a star, and an error has an icon, bold dark
// red text and is linked to its control with aria-describedby.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** Translates a full i18n key from a FormState; an unknown key reads as "invalid". */
export function useMessage(): (key: string, values?: Record<string, string | number>) => string {
  const t = useTranslations();
  return (key, values) => (t.has(key) ? t(key, values) : t("forms.errors.invalid"));
}

export const controlClass = (invalid: boolean) =>
  [
    "mt-1 block min-h-12 w-full rounded border-2 bg-white px-3 py-2 text-lg",
    invalid ? "border-brand-dark ring-2 ring-brand-dark" : "border-ink",
  ].join(" ");

export const checkClass = "size-6 shrink-0 accent-brand";

/** "（必填）" or "（选填）" after a label. */
export function RequiredMark({ required }: { required?: boolean }) {
  const t = useTranslations("forms");
  return <span className="text-base font-normal text-muted"> {required ? t("required") : t("optional")}</span>;
}

export function Label({ htmlFor, children, required }: { htmlFor: string; children: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-lg font-semibold">
      {children}
      <RequiredMark required={required} />
    </label>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-muted">
      {children}
    </p>
  );
}

/** The field's first error, next to it. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const message = useMessage();
  const first = errors?.[0];
  if (!first) return null;
  return (
    <p id={id} className="mt-1 flex gap-2 font-semibold text-brand-dark">
      <span
        aria-hidden="true"
        className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-dark text-white"
      >
        !
      </span>
      <span>{message(first)}</span>
    </p>
  );
}
