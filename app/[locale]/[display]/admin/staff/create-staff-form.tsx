"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialStaffFormState, MIN_PASSWORD_LENGTH, type StaffField } from "@/lib/staff/staff-schemas";
import { STAFF_ROLES } from "@/lib/staff/staff-roles";
import { createStaffAction } from "./actions";

const field = "min-h-12 w-full rounded border-2 border-ink bg-white px-3 text-xl sm:max-w-md";

export function CreateStaffForm() {
  const t = useTranslations("adminStaff");
  const [state, action, pending] = useActionState(createStaffAction, initialStaffFormState);
  // After a success the form starts empty; after an error it keeps what was typed.
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const errors = (name: StaffField) => state.fieldErrors?.[name] ?? [];
  // The role select has no hint; the other fields do.
  const describedBy = (name: StaffField) =>
    [name === "role" ? "" : `staff-${name}-hint`, errors(name).length > 0 ? `staff-${name}-error` : ""].join(" ").trim() || undefined;
  const errorLine = (name: StaffField) =>
    errors(name).length > 0 ? (
      <p id={`staff-${name}-error`} className="font-semibold text-brand">
        {errors(name).map((key) => t(key)).join(" ")}
      </p>
    ) : null;

  return (
    <form action={action} key={state.status === "ok" ? "done" : "editing"} className="space-y-4 rounded-lg border-2 border-brand bg-white p-4" noValidate>
      <h2 className="text-2xl font-bold">{t("create.heading")}</h2>
      {state.status === "ok" && state.message ? (
        <p role="status" className="rounded border-2 border-ink p-3 font-semibold">
          {t(state.message)}
        </p>
      ) : null}
      {state.formError ? (
        <p role="alert" className="rounded border-2 border-brand p-3 font-semibold text-brand">
          {t(state.formError)}
        </p>
      ) : null}
      <div>
        <label htmlFor="staff-username" className="block text-lg font-semibold">
          {t("create.username")}
        </label>
        <p id="staff-username-hint" className="text-muted">
          {t("create.usernameHint")}
        </p>
        {errorLine("username")}
        <input
          id="staff-username"
          name="username"
          type="text"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={32}
          defaultValue={values.username ?? ""}
          aria-invalid={errors("username").length > 0 ? true : undefined}
          aria-describedby={describedBy("username")}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="staff-displayName" className="block text-lg font-semibold">
          {t("create.displayName")}
        </label>
        <p id="staff-displayName-hint" className="text-muted">
          {t("create.displayNameHint")}
        </p>
        {errorLine("displayName")}
        <input
          id="staff-displayName"
          name="displayName"
          type="text"
          required
          autoComplete="off"
          maxLength={40}
          defaultValue={values.displayName ?? ""}
          aria-invalid={errors("displayName").length > 0 ? true : undefined}
          aria-describedby={describedBy("displayName")}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="staff-role" className="block text-lg font-semibold">
          {t("create.role")}
        </label>
        {errorLine("role")}
        <select
          id="staff-role"
          name="role"
          required
          defaultValue={values.role ?? ""}
          aria-invalid={errors("role").length > 0 ? true : undefined}
          aria-describedby={describedBy("role")}
          className={field}
        >
          <option value="">{t("create.chooseRole")}</option>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="staff-password" className="block text-lg font-semibold">
          {t("create.password")}
        </label>
        <p id="staff-password-hint" className="text-muted">
          {t("create.passwordHint")}
        </p>
        {errorLine("password")}
        <input
          id="staff-password"
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={128}
          autoComplete="new-password"
          aria-invalid={errors("password").length > 0 ? true : undefined}
          aria-describedby={describedBy("password")}
          className={field}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {t("create.submit")}
      </button>
    </form>
  );
}
