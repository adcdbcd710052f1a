"use client";
// The form's outcome and its submit button. An error is announced and takes the
// focus, so a staff member at the bottom of a long form, or a screen-reader
// user, is told at once; a success is announced politely.
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/paths";
import type { FormState } from "@/lib/forms/form-state";
import { useMessage } from "./field-parts";

export function FormMessage<Data>({ state }: { state: FormState<Data> }) {
  const message = useMessage();
  const t = useTranslations("forms");
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") alert.current?.focus();
  }, [state]);
  if (state.status === "ok" && state.message) {
    return (
      <p
        role="status"
        className="rounded border-2 border-green-800 bg-green-50 px-4 py-3 text-lg font-semibold text-green-900"
      >
        {message(state.message, state.messageValues)}
      </p>
    );
  }
  if (state.status === "error" && state.formError) {
    return (
      <div
        ref={alert}
        role="alert"
        tabIndex={-1}
        className="rounded border-2 border-brand-dark bg-white px-4 py-3 text-lg text-brand-dark"
      >
        <p className="font-bold">{t("summaryTitle")}</p>
        <p className="font-semibold">{message(state.formError, state.formErrorValues)}</p>
        {state.formError === SIGNED_OUT ? <SignInAgain /> : null}
      </div>
    );
  }
  return null;
}

const SIGNED_OUT = "forms.errors.signedOut";

/**
 * The way back after a session ended mid-form: the sign-in page with next= this
 * page's path (a path only: no query, so nothing typed reaches an address).
 * Forms that keep a draft (useFormDraft) find it again when they are back.
 */
function SignInAgain() {
  const t = useTranslations("forms");
  const locale = useLocale();
  const path = usePathname();
  const href = `${localePath(locale, "/admin/sign-in")}?next=${encodeURIComponent(path)}`;
  return (
    <p className="mt-2">
      <a href={href} className="inline-flex min-h-11 items-center font-bold underline">
        {t("signInAgain")}
      </a>{" "}
      <span className="text-ink">{t("signInAgainHint")}</span>
    </p>
  );
}

/** Disabled and saying so while the action runs; `pending` for forms that dispatch by hand. */
export function SubmitButton({
  label,
  pendingLabel,
  pending,
}: {
  label: string;
  pendingLabel?: string;
  pending?: boolean;
}) {
  const status = useFormStatus();
  const t = useTranslations("forms");
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      disabled={busy}
      aria-disabled={busy || undefined}
      className="inline-flex min-h-12 min-w-32 items-center justify-center rounded bg-brand px-6 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
    >
      {busy ? (pendingLabel ?? t("saving")) : label}
    </button>
  );
}
