"use client";
// Create or edit a council meeting. A plain <form action>: works without JavaScript;
// with it, useActionState keeps the typed text and shows errors in place.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { initialCouncilFormState, type CouncilFormState } from "@/lib/council/council-form-state";
import { CouncilFormScope, FormMessage, Select, SubmitButton, TextArea, TextInput } from "./council-fields";

type Action = (state: CouncilFormState, form: FormData) => Promise<CouncilFormState>;

export function MeetingForm({ action, meetingId, defaults }: { action: Action; meetingId?: string; defaults?: Record<string, string> }) {
  const [state, formAction] = useActionState(action, initialCouncilFormState);
  const t = useTranslations("adminCouncil");
  const locale = useLocale();
  const formId = meetingId ? "edit-meeting" : "new-meeting";
  return (
    <CouncilFormScope formId={formId} state={state} defaults={defaults}>
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="locale" value={locale} />
        {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
        <TextInput name="title" label={t("form.title")} required maxLength={200} />
        <TextInput name="titleEn" label={t("form.titleEn")} lang="en" maxLength={200} />
        <TextInput name="scheduledAt" type="datetime-local" label={t("form.scheduledAt")} hint={t("form.scheduledAtHint")} required />
        <TextInput name="place" label={t("form.place")} required maxLength={200} />
        <TextArea name="attendees" label={t("form.attendees")} hint={t("form.attendeesHint")} rows={3} maxLength={2000} />
        <TextArea name="minutes" label={t("form.minutes")} rows={6} maxLength={20000} />
        <Select
          name="status"
          label={t("form.status")}
          options={(["PLANNED", "HELD", "CANCELLED"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <SubmitButton label={meetingId ? t("form.save") : t("form.create")} />
      </form>
    </CouncilFormScope>
  );
}
