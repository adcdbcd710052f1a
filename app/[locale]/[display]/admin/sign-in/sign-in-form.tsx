"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { signInAction } from "./actions";

/**
 * Username and password. Without JavaScript the browser posts the form and the
 * page comes back with the action's state (the typed username and the message;
 * never the password).
 */
export function SignInForm({ locale, next, permalink }: { locale: string; next: string; permalink: string }) {
  const t = useTranslations("adminAuth.signIn");
  // The permalink is a fresh path (sign-in/[attempt]): without JavaScript the
  // browser posts there, and a path with no cached shell renders with the state.
  const [state, action] = useActionState(signInAction, idleFormState, permalink);
  return (
    <FormScope id="sign-in" state={state}>
      <form
        key={stateKey(state)}
        action={action}
        className="space-y-5 rounded-lg border-2 border-brand bg-white p-4"
        noValidate
      >
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={state.values?.next ?? next} />
        <TextInput
          name="username"
          label={t("username")}
          required
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={64}
        />
        <TextInput
          name="password"
          type="password"
          label={t("password")}
          required
          autoComplete="current-password"
          maxLength={1024}
        />
        <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
      </form>
    </FormScope>
  );
}
