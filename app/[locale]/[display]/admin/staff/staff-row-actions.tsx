"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialStaffFormState, MIN_PASSWORD_LENGTH, type StaffFormState } from "@/lib/staff/staff-schemas";
import { deactivateStaffAction, reactivateStaffAction, resetStaffPasswordAction, signOutStaffEverywhereAction } from "./actions";

type StaffAction = (previous: StaffFormState, form: FormData) => Promise<StaffFormState>;

const button =
  "inline-flex min-h-11 items-center rounded border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-paper disabled:opacity-70";

function Outcome({ state }: { state: StaffFormState }) {
  const t = useTranslations("adminStaff");
  if (state.status === "ok" && state.message) return <p role="status" className="font-semibold">{t(state.message)}</p>;
  const key = state.formError ?? state.fieldErrors?.password?.[0];
  return key ? <p role="alert" className="font-semibold text-brand">{t(key)}</p> : null;
}

/** One button that posts the user id to one action. */
function ActionButton({ userId, action, label }: { userId: string; action: StaffAction; label: string }) {
  const [state, run, pending] = useActionState(action, initialStaffFormState);
  return (
    <form action={run} className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} className={button}>
        {label}
      </button>
      <Outcome state={state} />
    </form>
  );
}

function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("adminStaff");
  const [state, run, pending] = useActionState(resetStaffPasswordAction, initialStaffFormState);
  const id = `reset-${userId}`;
  const invalid = (state.fieldErrors?.password?.length ?? 0) > 0;
  return (
    <form action={run} key={state.status === "ok" ? "done" : "editing"} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="block font-semibold">
        {t("actions.newPassword", { name })}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {t("actions.newPasswordHint")}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={128}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${id}-hint`}
          className="min-h-11 w-full rounded border-2 border-ink bg-white px-3 text-lg sm:max-w-xs"
        />
        <button type="submit" disabled={pending} className={button}>
          {t("actions.resetSubmit")}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function StaffRowActions({ userId, name, active, isSelf }: { userId: string; name: string; active: boolean; isSelf: boolean }) {
  const t = useTranslations("adminStaff");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {isSelf ? null : active ? (
          <ActionButton userId={userId} action={deactivateStaffAction} label={t("actions.deactivate", { name })} />
        ) : (
          <ActionButton userId={userId} action={reactivateStaffAction} label={t("actions.reactivate", { name })} />
        )}
        {active && !isSelf ? (
          <ActionButton userId={userId} action={signOutStaffEverywhereAction} label={t("actions.signOutEverywhere", { name })} />
        ) : null}
      </div>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand">{t("actions.resetPassword", { name })}</summary>
        <ResetPasswordForm userId={userId} name={name} />
      </details>
    </div>
  );
}
