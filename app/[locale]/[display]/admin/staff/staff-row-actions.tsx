"use client";
// What an admin can do to one account: deactivate or reactivate it, end its
// sessions everywhere, and set a new password. Every form names the account by
// its id; each has its own scope, since a page lists many accounts.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";
import {
  deactivateStaffAction,
  reactivateStaffAction,
  resetStaffPasswordAction,
  signOutStaffEverywhereAction,
} from "./actions";
import { NewPasswordInput } from "./new-password-input";

/** One button that posts the account's id to one action, with the outcome under it. */
function RowButton({ userId, action, label }: { userId: string; action: FormAction; label: string }) {
  const [state, run] = useActionState(action, idleFormState);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton label={label} />
      <FormMessage state={state} />
    </form>
  );
}

/** Folded away until asked for; open again when the page comes back with its outcome (JavaScript off). */
function ResetPassword({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("adminStaff.actions");
  const [state, run] = useActionState(resetStaffPasswordAction, idleFormState);
  return (
    <details open={state.status !== "idle" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand">
        {t("resetPassword", { name })}
      </summary>
      <FormScope id={`reset-${userId}`} state={state}>
        <form action={run} key={stateKey(state)} className="space-y-3 pt-2 sm:max-w-md" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="userId" value={userId} />
          <NewPasswordInput label={t("newPassword", { name })} hint={t("newPasswordHint")} />
          <SubmitButton label={t("resetSubmit")} />
        </form>
      </FormScope>
    </details>
  );
}

export function StaffRowActions({
  userId,
  name,
  active,
  isSelf,
}: {
  userId: string;
  name: string;
  active: boolean;
  isSelf: boolean;
}) {
  const t = useTranslations("adminStaff.actions");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {isSelf ? null : active ? (
          <RowButton userId={userId} action={deactivateStaffAction} label={t("deactivate", { name })} />
        ) : (
          <RowButton userId={userId} action={reactivateStaffAction} label={t("reactivate", { name })} />
        )}
        {active && !isSelf ? (
          <RowButton userId={userId} action={signOutStaffEverywhereAction} label={t("signOutEverywhere", { name })} />
        ) : null}
      </div>
      <ResetPassword userId={userId} name={name} />
    </div>
  );
}
