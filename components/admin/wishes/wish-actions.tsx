import { getTranslations } from "next-intl/server";
import type { WishAction } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { allowedActions } from "@/lib/wishes/lifecycle";
import type { StaffWish, TriageOptions } from "@/lib/wishes/staff-wish-query";
import { NEW_COUNCIL_ITEM, TRIAGE_LIMITS, type TriageState } from "@/lib/wishes/triage-schemas";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { TriageForm, type FieldSpec } from "./triage-form";

type ActionFn = (state: TriageState, form: FormData) => Promise<TriageState>;
export type TriageActions = Partial<Record<WishAction, ActionFn>>;

/** The forms the wish's state allows (lifecycle.allowedActions), in the table's order. */
export async function WishActions({ locale, wish, options, actions }: { locale: string; wish: StaffWish; options: TriageOptions; actions: TriageActions }) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const hidden = { wishId: wish.id, expectedVersion: String(wish.version) };
  const reply: FieldSpec = { name: "publicReply", label: t("form.publicReply"), hint: t("form.publicReplyHint"), type: "textarea", required: true, maxLength: TRIAGE_LIMITS.reply };
  const internal = (required = false): FieldSpec => ({ name: "internalNote", label: t("form.internalNote"), hint: t("form.internalNoteHint"), type: "textarea", required, maxLength: TRIAGE_LIMITS.note });
  const publicNote: FieldSpec = { name: "publicNote", label: t("form.publicNote"), hint: t("form.publicNoteHint"), type: "textarea", maxLength: TRIAGE_LIMITS.note };
  const meetingLabel = (m: TriageOptions["meetings"][number]) => `${localized(locale, m.title, m.titleEn)} (${shanghaiDateText(locale, m.scheduledAt, false).text})`;

  const fields: Partial<Record<WishAction, FieldSpec[]>> = {
    HANDLE_ON_SITE: [reply, internal()],
    REFER: [
      { name: "referralOrgId", label: t("form.referralOrg"), type: "select", empty: t("form.choose"), options: options.organizations.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameEn) })) },
      { name: "referralDepartment", label: t("form.referralDepartment"), hint: t("form.referralDepartmentHint"), type: "text", maxLength: TRIAGE_LIMITS.department },
      { name: "referralDueAt", label: t("form.referralDueAt"), type: "date", required: true },
      publicNote,
      internal(),
    ],
    RECORD_REFERRAL_OUTCOME: [{ name: "referralOutcome", label: t("form.referralOutcome"), type: "textarea", required: true, maxLength: TRIAGE_LIMITS.outcome }, internal()],
    ESCALATE: [
      {
        name: "councilItemId",
        label: t("form.councilItem"),
        type: "select",
        hint: t("form.councilItemHint"),
        empty: t("form.choose"),
        options: [{ value: NEW_COUNCIL_ITEM, label: t("form.newItem") }],
        groups: options.meetings
          .filter((m) => m.items.length > 0)
          .map((m) => ({ label: meetingLabel(m), options: m.items.map((i) => ({ value: i.id, label: localized(locale, i.topic, i.topicEn) })) })),
      },
      { name: "meetingId", label: t("form.meeting"), hint: t("form.meetingHint"), type: "select", empty: t("form.choose"), options: options.meetings.map((m) => ({ value: m.id, label: meetingLabel(m) })) },
      { name: "topic", label: t("form.topic"), hint: t("form.topicHint"), type: "text", maxLength: TRIAGE_LIMITS.topic },
      publicNote,
      internal(),
    ],
    SETTLE: [reply, internal()],
    REOPEN: [internal(true), publicNote],
    MARK_DUPLICATE: [{ name: "originalCode", label: t("form.originalCode"), hint: t("form.originalCodeHint"), type: "text", required: true, maxLength: TRIAGE_LIMITS.code }, internal()],
    ADD_NOTE: [internal(true), publicNote],
  };

  const shown = allowedActions(wish.status).filter((a) => fields[a] && actions[a]);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="wish-actions-heading" className="space-y-4">
      <h2 id="wish-actions-heading" className="text-2xl font-bold">
        {t("detail.actionsHeading")}
      </h2>
      {shown.includes("ESCALATE") && options.meetings.length === 0 ? <p className="text-muted">{t("form.noMeetings")}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {shown.map((a) => (
          <TriageForm key={`${a}-${wish.version}`} id={`form-${a.toLowerCase()}`} action={actions[a]!} heading={t(`actions.${a}`)} submitLabel={t(`submit.${a}`)} fields={fields[a]!} hidden={hidden} />
        ))}
      </div>
    </section>
  );
}
