"use client";
// Changing one's own password: the current one (and a code with a second
// factor), the new one twice. Nothing typed here is ever filled in again.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { changeOwnPasswordAction } from "./actions";
import { CodeInput } from "./code-input";

export function PasswordForm({ locale, mfaEnabled }: { locale: string; mfaEnabled: boolean }) {
  const t = useTranslations("adminAuth.account");
  const [state, action] = useActionState(changeOwnPasswordAction, idleFormState);
  return (
    <FormScope id="change-password" state={state}>
      <form action={action} key={stateKey(state)} className="space-y-4 sm:max-w-md" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <TextInput
          name="currentPassword"
          type="password"
          label={t("currentPassword")}
          required
          autoComplete="current-password"
          maxLength={1024}
        />
        {mfaEnabled ? <CodeInput /> : null}
        <TextInput
          name="newPassword"
          type="password"
          label={t("newPassword")}
          hint={t("newPasswordHint")}
          required
          minLength={12}
          maxLength={128}
          autoComplete="new-password"
        />
        <TextInput
          name="confirmPassword"
          type="password"
          label={t("confirmPassword")}
          required
          minLength={12}
          maxLength={128}
          autoComplete="new-password"
        />
        <SubmitButton label={t("changePassword")} />
      </form>
    </FormScope>
  );
}
