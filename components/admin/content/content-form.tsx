"use client";
// The frame of every content form (market day, stall, partner unit): a plain form
// posting to its Server Action, so it works without JavaScript. The outcome is
// on top (an error takes the focus), the page's language and the record's id
// travel as hidden fields, and the fields read their values and errors from the
// action's state through the FormScope, so typed text survives every error.
import { useActionState, type ReactNode } from "react";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** What each content form's page hands it. */
export interface ContentFormProps {
  action: Action;
  locale: string;
  /** Where the form posts without JavaScript (lib/content/form-postback.ts). */
  postback: string;
  /** The record being edited; none when creating. */
  id?: string;
  /** The stored record as the form's values ({} for a new one). */
  initialValues: Record<string, string>;
  submitLabel: string;
}

export function ContentForm({
  scope,
  action,
  locale,
  postback,
  id,
  initialValues,
  submitLabel,
  children,
}: ContentFormProps & { scope: string; children: ReactNode }) {
  // The stored values are the first state's, not FormScope defaults: a returned
  // state replaces them whole, so a box unticked before an error stays unticked.
  const [state, formAction] = useActionState(action, { status: "idle", values: initialValues }, postback);
  return (
    <form key={stateKey(state)} action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormScope id={scope} state={state}>
        {children}
      </FormScope>
      <SubmitButton label={submitLabel} />
    </form>
  );
}
