"use client";
// The agenda's two forms: add a topic to a meeting, and record an item's decision
// (sent as the reply to every linked wish still awaiting the council).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialCouncilFormState, type CouncilFormState } from "@/lib/council/council-form-state";
import { CouncilFormScope, FormMessage, SubmitButton, TextArea, TextInput } from "./council-fields";

type Action = (state: CouncilFormState, form: FormData) => Promise<CouncilFormState>;

export function AddItemForm({ action, meetingId }: { action: Action; meetingId: string }) {
  const [state, formAction] = useActionState(action, initialCouncilFormState);
  const t = useTranslations("adminCouncil.detail");
  return (
    // A new key after each success empties the form for the next topic.
    <CouncilFormScope formId="add-item" state={state}>
      <form action={formAction} className="space-y-4" noValidate key={state.status === "ok" ? JSON.stringify(state) : "form"}>
        <FormMessage state={state} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextInput name="topic" label={t("topic")} required maxLength={200} />
        <TextInput name="topicEn" label={t("topicEn")} lang="en" maxLength={200} />
        <SubmitButton label={t("addItem")} />
      </form>
    </CouncilFormScope>
  );
}

export function DecisionForm({ action, itemId, waiting }: { action: Action; itemId: string; waiting: number }) {
  const [state, formAction] = useActionState(action, initialCouncilFormState);
  const t = useTranslations("adminCouncil.detail");
  return (
    <CouncilFormScope formId={`decision-${itemId}`} state={state}>
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="itemId" value={itemId} />
        <TextArea name="decision" label={t("decisionLabel", { count: waiting })} hint={t("decisionHint")} required rows={4} maxLength={4000} />
        <TextArea name="decisionEn" label={t("decisionEn")} lang="en" rows={3} maxLength={4000} />
        <SubmitButton label={t("record")} />
      </form>
    </CouncilFormScope>
  );
}
