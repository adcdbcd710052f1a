"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { initialSignInState } from "@/lib/auth/sign-in-form";
import { signInAction } from "./actions";

/**
 * Username and password. Without JavaScript the browser posts the form and the
 * page comes back with the action's state (the typed username and the message).
 */
export function SignInForm({ locale, next, permalink }: { locale: string; next: string; permalink: string }) {
  const t = useTranslations("adminAuth");
  // The permalink is a fresh path (sign-in/[attempt]): without JavaScript the
  // browser posts there, and a path with no cached shell renders with the state.
  const [state, action, pending] = useActionState(signInAction, initialSignInState, permalink);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === "error") message.current?.focus();
  }, [state]);

  const usernameErrors = state.fieldErrors?.username ?? [];
  const passwordErrors = state.fieldErrors?.password ?? [];
  const formError = state.formError
    ? state.formError === "signIn.errors.locked"
      ? t("signIn.errors.locked", { minutes: state.retryAfterMinutes ?? 15 })
      : t(state.formError)
    : null;
  const field = "min-h-12 w-full rounded border-2 border-ink bg-white px-3 text-xl sm:max-w-md";

  return (
    <form action={action} className="space-y-5 rounded-lg border-2 border-brand bg-white p-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={state.values?.next ?? next} />
      {formError ? (
        <p ref={message} id="sign-in-error" role="alert" tabIndex={-1} className="rounded border-2 border-brand p-3 font-semibold text-brand">
          {formError}
        </p>
      ) : null}
      <div>
        <label htmlFor="sign-in-username" className="block text-lg font-semibold">
          {t("signIn.username")}
        </label>
        {usernameErrors.length > 0 ? (
          <p id="sign-in-username-error" className="font-semibold text-brand">
            {usernameErrors.map((key) => t(key)).join(" ")}
          </p>
        ) : null}
        <input
          id="sign-in-username"
          name="username"
          type="text"
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={64}
          defaultValue={state.values?.username ?? ""}
          aria-invalid={usernameErrors.length > 0 || formError ? true : undefined}
          aria-describedby={[usernameErrors.length > 0 ? "sign-in-username-error" : "", formError ? "sign-in-error" : ""].join(" ").trim() || undefined}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="block text-lg font-semibold">
          {t("signIn.password")}
        </label>
        {passwordErrors.length > 0 ? (
          <p id="sign-in-password-error" className="font-semibold text-brand">
            {passwordErrors.map((key) => t(key)).join(" ")}
          </p>
        ) : null}
        <input
          id="sign-in-password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          maxLength={1024}
          aria-invalid={passwordErrors.length > 0 ? true : undefined}
          aria-describedby={passwordErrors.length > 0 ? "sign-in-password-error" : undefined}
          className={field}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </button>
    </form>
  );
}
