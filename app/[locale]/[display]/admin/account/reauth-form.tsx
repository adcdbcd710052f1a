"use client";
// "Confirm it's you": the password (and code) again, before creating an admin
// or exporting personal data. Valid for five minutes in this session.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { reauthenticateAction } from "./actions";
import { CodeInput } from "./code-input";

export function ReauthForm({ locale, mfaEnabled, purpose }: { locale: string; mfaEnabled: boolean; purpose: string }) {
  const t = useTranslations("adminAuth.reauth");
  const [state, action] = useActionState(reauthenticateAction, idleFormState);
  return (
    <section aria-labelledby="reauth-heading" className="space-y-3 rounded-lg border-2 border-ink bg-white p-4">
      <h2 id="reauth-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-lg">{purpose}</p>
      <FormScope id="reauth" state={state}>
        <form action={action} key={stateKey(state)} className="space-y-4 sm:max-w-md" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="locale" value={locale} />
          <TextInput
            name="currentPassword"
            type="password"
            label={t("password")}
            required
            autoComplete="current-password"
            maxLength={1024}
          />
          {mfaEnabled ? <CodeInput /> : null}
          <SubmitButton label={t("submit")} />
        </form>
      </FormScope>
    </section>
  );
}
