"use client";
// A new account of the admin's community. After a success the form starts
// empty; after an error it keeps what was typed, except the password.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { Select, TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import { STAFF_ROLES } from "@/lib/staff/staff-roles";
import { createStaffAction } from "./actions";
import { NewPasswordInput } from "./new-password-input";

export function CreateStaffForm({ units }: { units: { value: string; label: string }[] }) {
  const t = useTranslations("adminStaff");
  const [state, action] = useActionState(createStaffAction, idleFormState);
  return (
    <section aria-labelledby="create-staff-heading" className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
      <h2 id="create-staff-heading" className="text-2xl font-bold">
        {t("create.heading")}
      </h2>
      <FormScope id="create-staff" state={state}>
        <form action={action} key={stateKey(state)} className="space-y-4 sm:max-w-md" noValidate>
          <FormMessage state={state} />
          <TextInput
            name="username"
            label={t("create.username")}
            hint={t("create.usernameHint")}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={32}
          />
          <TextInput
            name="displayName"
            label={t("create.displayName")}
            hint={t("create.displayNameHint")}
            required
            autoComplete="off"
            maxLength={40}
          />
          <Select
            name="role"
            label={t("create.role")}
            required
            placeholder={t("create.chooseRole")}
            options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
          <Select
            name="organizationId"
            label={t("create.organization")}
            hint={t("create.organizationHint")}
            placeholder={t("create.chooseOrganization")}
            options={units}
          />
          <NewPasswordInput label={t("create.password")} hint={t("create.passwordHint")} />
          <SubmitButton label={t("create.submit")} />
        </form>
      </FormScope>
    </section>
  );
}
