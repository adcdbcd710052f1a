"use client";

// The wish page's triage forms: one plain <form> for each action the wish's
// state allows, all posting to the one triage Server Action (a hidden "wishAction"
// field says which), so they work without JavaScript. One action state serves
// them all: an error shows at the top of the form it came from, with every
// typed value and choice kept; a success shows in its form, or above the forms
// when the new state has taken that form away (a referred wish has no "refer").
import { useActionState } from "react";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { DateTimeInput, Select, TextArea, TextInput, type Option } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { TriageFieldUi } from "@/lib/wishes/triage-schemas";
import type { TriageFormAction } from "@/lib/wishes/triage-forms";

export interface TriageFieldView extends Omit<TriageFieldUi, "choices" | "hint"> {
  name: string;
  label: string;
  hint?: string;
  options?: Option[];
  placeholder?: string;
}

export interface TriageFormView {
  action: TriageFormAction;
  heading: string;
  submit: string;
  fields: TriageFieldView[];
  /** Values the form starts with (a referral's due date by the community's target). */
  defaults?: Record<string, string>;
}

interface Done {
  action: TriageFormAction;
}
type TriageAction = (previous: FormState<Done>, form: FormData) => Promise<FormState<Done>>;

const idle = idleState<Done>();

export function TriageForms({
  action,
  permalink,
  forms,
  wishId,
  version,
}: {
  action: TriageAction;
  permalink: string;
  forms: TriageFormView[];
  wishId: string;
  version: number;
}) {
  // Without JavaScript the forms post to `permalink` (lib/forms/attempt.ts), where the state arrives intact.
  const [state, formAction] = useActionState(action, idle, permalink);
  // Whose state it is: errors carry the form's values, successes the action.
  const owner = state.status === "ok" ? state.data?.action : state.values?.wishAction;
  const ownerShown = forms.some((f) => f.action === owner);
  return (
    <>
      {state.status === "ok" && !ownerShown ? <FormMessage state={state} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {forms.map((form) => {
          const own =
            form.action === owner ? state : form.defaults ? { status: "idle" as const, values: form.defaults } : idle;
          return (
            <TriageForm
              key={`${form.action}:${stateKey(own)}`}
              form={form}
              state={own}
              formAction={formAction}
              wishId={wishId}
              version={version}
            />
          );
        })}
      </div>
    </>
  );
}

function TriageForm({
  form,
  state,
  formAction,
  wishId,
  version,
}: {
  form: TriageFormView;
  state: FormState<Done>;
  formAction: (form: FormData) => void;
  wishId: string;
  version: number;
}) {
  const id = `form-${form.action.toLowerCase()}`;
  return (
    <form
      action={formAction}
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-lg border-2 border-ink bg-white p-4"
      noValidate
    >
      <h3 id={`${id}-heading`} className="text-xl font-bold">
        {form.heading}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="wishAction" value={form.action} />
      <input type="hidden" name="wishId" value={wishId} />
      {/* From the page, not the state: after a success the page is rendered again with the new version. */}
      <input type="hidden" name="expectedVersion" value={version} />
      <FormScope id={id} state={state}>
        {form.fields.map((field) => (
          <TriageControl key={field.name} field={field} />
        ))}
      </FormScope>
      <SubmitButton label={form.submit} />
    </form>
  );
}

function TriageControl({ field }: { field: TriageFieldView }) {
  const { name, label, hint, required, maxLength } = field;
  const common = { name, label, hint, required };
  switch (field.control) {
    case "textarea":
      return <TextArea {...common} rows={3} maxLength={maxLength} />;
    case "text":
      return <TextInput {...common} maxLength={maxLength} />;
    case "date":
      return <DateTimeInput {...common} type="date" />;
    case "select":
      return <Select {...common} options={field.options ?? []} placeholder={field.placeholder} />;
  }
}
