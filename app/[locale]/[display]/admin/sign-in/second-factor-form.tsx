"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { secondFactorAction, signOutAction } from "./actions";

/**
 * The second step of a sign-in: the 6-digit code from the authenticator app, or
 * a recovery code. "Cancel" ends the waiting sign-in (it posts to sign-out).
 */
export function SecondFactorForm({ locale, next, permalink }: { locale: string; next: string; permalink: string }) {
  const t = useTranslations("adminAuth.secondFactor");
  const [state, action] = useActionState(secondFactorAction, idleFormState, permalink);
  return (
    <div className="space-y-4">
      <FormScope id="second-factor" state={state}>
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
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            required
            autoComplete="one-time-code"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={64}
          />
          <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
        </form>
      </FormScope>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="inline-flex min-h-12 items-center rounded border-2 border-ink bg-white px-4 text-lg font-semibold hover:bg-paper"
        >
          {t("cancel")}
        </button>
      </form>
    </div>
  );
}
