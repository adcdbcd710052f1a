"use client";
// The agenda's two forms: add a topic to a meeting, and record an item's decision
// (sent as the reply to every linked wish still awaiting the council). Several
// sit on one page, so each scope's id names its item.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { DateTimeInput, TextArea, TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";

export function AddItemForm({ action, meetingId }: { action: FormAction; meetingId: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const t = useTranslations("adminCouncil.detail");
  return (
    <FormScope id="add-item" state={state}>
      <form action={formAction} key={stateKey(state)} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <TextInput name="topic" label={t("topic")} required maxLength={200} />
        <TextInput name="topicEn" label={t("topicEn")} lang="en" maxLength={200} />
        <SubmitButton label={t("addItem")} />
      </form>
    </FormScope>
  );
}

/**
 * Once the decision is recorded the page shows it instead of the form; the
 * component stays in place so that its success message is still shown.
 */
export function DecisionForm({
  action,
  itemId,
  topic,
  waiting,
  decided,
}: {
  action: FormAction;
  itemId: string;
  topic: string;
  waiting: number;
  decided: boolean;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const t = useTranslations("adminCouncil.detail");
  if (decided) return <FormMessage state={state} />;
  return (
    <section aria-label={`${t("decisionHeading")}: ${topic}`} className="space-y-2">
      <h4 className="text-lg font-semibold">{t("decisionHeading")}</h4>
      <FormScope id={`decision-${itemId}`} state={state}>
        <form action={formAction} key={stateKey(state)} className="space-y-4" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="itemId" value={itemId} />
          <TextArea
            name="decision"
            label={t("decisionLabel", { count: waiting })}
            hint={t("decisionHint")}
            required
            rows={4}
            maxLength={4000}
          />
          <TextArea name="decisionEn" label={t("decisionEn")} lang="en" rows={3} maxLength={4000} />
          <DateTimeInput type="date" name="dueOn" label={t("dueOn")} hint={t("dueOnHint")} required />
          <SubmitButton label={t("record")} />
        </form>
      </FormScope>
    </section>
  );
}
