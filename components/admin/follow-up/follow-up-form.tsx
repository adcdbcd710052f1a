"use client";

// The outcome of one follow-up call: the rating the resident gave (big cards to
// tap, 5 first, as callers read them out) or "could not reach", and a note. One
// plain <form>, so it works without JavaScript; typed text survives an error.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextArea } from "@/components/forms/text-fields";
import { idleFormState, type FormState } from "@/lib/forms/form-state";
import { FOLLOW_UP_NOTE_MAX, FOLLOW_UP_OUTCOMES } from "@/lib/follow-up/follow-up-schema";

type FollowUpAction = (previous: FormState, form: FormData) => Promise<FormState>;

export function FollowUpForm({
  action,
  permalink,
  wishId,
  version,
  code,
}: {
  action: FollowUpAction;
  permalink: string;
  wishId: string;
  version: number;
  /** Names the form for screen readers: several are on one page. */
  code: string;
}) {
  const t = useTranslations("adminFollowUp");
  const [state, formAction] = useActionState(action, idleFormState, permalink);
  const id = `follow-up-form-${wishId}`;
  const choices = FOLLOW_UP_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }));
  return (
    <form
      key={stateKey(state)}
      action={formAction}
      aria-label={t("formLabel", { code })}
      className="space-y-4 border-t-2 border-ink pt-4"
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="wishId" value={wishId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormScope id={id} state={state}>
        <RadioGroup name="outcome" legend={t("outcomeLegend")} required choices={choices} columns />
        <TextArea name="note" label={t("note")} hint={t("noteHint")} rows={2} maxLength={FOLLOW_UP_NOTE_MAX} />
      </FormScope>
      <SubmitButton label={t("submit")} />
    </form>
  );
}
