"use client";
// Which alerts this staff member gets by email, and where (issue 13 §7). The
// staff group's webhook is set for everyone in the deployment (STAFF_WEBHOOK_URL).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { updateAlertSettingsAction } from "./actions";

export function AlertSettingsForm({
  locale,
  current,
}: {
  locale: string;
  current: { alertEmail: string; alertNewWishes: boolean; alertDeadlines: boolean; dailyDigest: boolean };
}) {
  const t = useTranslations("adminAuth.account.alerts");
  const [state, action] = useActionState(updateAlertSettingsAction, idleFormState);
  const on = (value: boolean) => (value ? "on" : "");
  return (
    <FormScope
      id="alert-settings"
      state={state}
      defaults={{
        alertEmail: current.alertEmail,
        alertNewWishes: on(current.alertNewWishes),
        alertDeadlines: on(current.alertDeadlines),
        dailyDigest: on(current.dailyDigest),
      }}
    >
      <form action={action} key={stateKey(state)} className="space-y-4 sm:max-w-xl" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        <TextInput
          name="alertEmail"
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          autoComplete="email"
          maxLength={100}
        />
        <CheckboxGroup
          name="alertNewWishes"
          legend={t("newWishesLegend")}
          choices={[{ value: "on", label: t("newWishes") }]}
        />
        <CheckboxGroup
          name="alertDeadlines"
          legend={t("deadlinesLegend")}
          choices={[{ value: "on", label: t("deadlines") }]}
        />
        <CheckboxGroup name="dailyDigest" legend={t("digestLegend")} choices={[{ value: "on", label: t("digest") }]} />
        <SubmitButton label={t("save")} />
      </form>
    </FormScope>
  );
}
