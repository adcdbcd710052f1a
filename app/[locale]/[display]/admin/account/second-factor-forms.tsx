"use client";
// Switching the second factor on (start, then confirm with a first code, then the
// recovery codes once) and off (password and code).
import { useActionState } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState, idleState } from "@/lib/forms/form-state";
import {
  confirmTotpEnrolmentAction,
  disableTotpAction,
  signOutOtherSessionsAction,
  startTotpEnrolmentAction,
} from "./actions";
import { CodeInput } from "./code-input";

export function StartEnrolmentForm({ locale }: { locale: string }) {
  const t = useTranslations("adminAuth.account");
  const [state, action] = useActionState(startTotpEnrolmentAction, idleFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton label={t("startMfa")} />
    </form>
  );
}

/** Ends the person's sessions on other devices; this one stays signed in. */
export function SignOutOthersForm({ locale }: { locale: string }) {
  const t = useTranslations("adminAuth.account");
  const [state, action] = useActionState(signOutOtherSessionsAction, idleFormState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton label={t("signOutOthers")} />
    </form>
  );
}

export function ConfirmEnrolmentForm({ locale }: { locale: string }) {
  const t = useTranslations("adminAuth.account");
  const [state, action] = useActionState(confirmTotpEnrolmentAction, idleState<{ recoveryCodes: string[] }>());
  const path = usePathname();
  const codes = state.data?.recoveryCodes;
  if (codes) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <h3 className="text-xl font-bold">{t("recoveryCodesHeading")}</h3>
        <p className="text-lg">{t("recoveryCodesHint")}</p>
        <ul className="grid gap-2 font-mono text-xl sm:grid-cols-2">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full page load: the page then shows the factor as switched on. */}
        <a href={path} className="inline-flex min-h-12 items-center text-lg font-semibold text-brand underline">
          {t("recoveryCodesDone")}
        </a>
      </div>
    );
  }
  return (
    <FormScope id="confirm-mfa" state={state}>
      <form action={action} key={stateKey(state)} className="space-y-4 sm:max-w-md" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <TextInput
          name="code"
          label={t("firstCode")}
          hint={t("firstCodeHint")}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
        />
        <SubmitButton label={t("confirmMfa")} />
      </form>
    </FormScope>
  );
}

export function DisableMfaForm({ locale }: { locale: string }) {
  const t = useTranslations("adminAuth.account");
  const [state, action] = useActionState(disableTotpAction, idleFormState);
  return (
    <FormScope id="disable-mfa" state={state}>
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
        <CodeInput />
        <SubmitButton label={t("disableMfa")} />
      </form>
    </FormScope>
  );
}
