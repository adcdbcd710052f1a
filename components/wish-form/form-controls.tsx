"use client";
// Small building blocks of the wish form: labels, hints and error messages in
// one style, large enough to read and to tap on a phone.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** Text inputs, selects and the textarea; a thicker dark-red border when invalid. */
export function controlClass(invalid: boolean): string {
  return [
    "mt-1 block min-h-12 w-full rounded border-2 bg-white px-3 py-2 text-lg",
    invalid ? "border-brand-dark ring-2 ring-brand-dark" : "border-ink",
  ].join(" ");
}

export const checkClass = "mt-1 size-6 shrink-0 accent-brand";

/** The translated message for a schema error key ("content.tooShort"). */
export function useErrorMessage(): (key: string, values?: Record<string, number>) => string {
  const t = useTranslations("wishForm.errors");
  return (key, values) => (t.has(key) ? t(key, values) : t("invalid"));
}

/** The field's own message, next to it and referenced by its aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const message = useErrorMessage();
  const first = errors?.[0];
  if (!first) return null;
  return (
    <p id={id} className="mt-2 flex gap-2 font-semibold text-brand-dark">
      <span aria-hidden="true" className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-dark text-white">
        !
      </span>
      <span>{message(first)}</span>
    </p>
  );
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-muted">
      {children}
    </p>
  );
}

/** "（必填）" / "(required)" after a label: the rule is in the text, not only in a colour or a star. */
export function RequiredMark() {
  const t = useTranslations("wishForm");
  return <span className="text-base font-normal text-muted">{t("requiredMark")}</span>;
}
