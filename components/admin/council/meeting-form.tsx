"use client";
// Create or edit a council meeting. A plain <form action>: works without JavaScript;
// with it, useActionState keeps the typed text and shows errors in place.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { DateTimeInput, TextArea, TextInput } from "@/components/forms/text-fields";
import { idleFormState } from "@/lib/forms/form-state";
import type { FormAction } from "@/lib/forms/staff-action";

const STATUSES = ["PLANNED", "HELD", "CANCELLED"] as const;

export function MeetingForm({
  action,
  meetingId,
  defaults,
}: {
  action: FormAction;
  meetingId?: string;
  defaults?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const t = useTranslations("adminCouncil");
  const locale = useLocale();
  return (
    <FormScope id={meetingId ? "edit-meeting" : "new-meeting"} state={state} defaults={defaults}>
      <form action={formAction} key={stateKey(state)} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
        <TextInput name="title" label={t("form.title")} required maxLength={200} />
        <TextInput name="titleEn" label={t("form.titleEn")} lang="en" maxLength={200} />
        <DateTimeInput
          name="scheduledAt"
          type="datetime-local"
          label={t("form.scheduledAt")}
          hint={t("form.scheduledAtHint")}
          required
        />
        <TextInput name="place" label={t("form.place")} required maxLength={200} />
        <TextArea
          name="attendees"
          label={t("form.attendees")}
          hint={t("form.attendeesHint")}
          rows={3}
          maxLength={2000}
        />
        <TextArea name="minutes" label={t("form.minutes")} rows={6} maxLength={20000} />
        <RadioGroup
          name="status"
          legend={t("form.status")}
          required
          columns
          choices={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`), description: t(`form.statusHint.${s}`) }))}
        />
        <SubmitButton label={meetingId ? t("form.save") : t("form.create")} />
      </form>
    </FormScope>
  );
}
