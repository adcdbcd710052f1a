import { getTranslations } from "next-intl/server";
import type { Option } from "@/components/forms/text-fields";
import { WishCategory } from "@/lib/db/generated/enums";
import { localized } from "@/lib/i18n/localized";
import { canTakeReferralStep, isReferralStep } from "@/lib/referrals/referral-steps";
import { allowedActions } from "@/lib/wishes/lifecycle";
import type { StaffWish, TriageOptions } from "@/lib/wishes/staff-wish-query";
import { isTriageFormAction, TRIAGE_FORMS, triageText } from "@/lib/wishes/triage-forms";
import { NEW_COUNCIL_ITEM, type TriageChoices } from "@/lib/wishes/triage-schemas";
import { shanghaiDateText } from "@/lib/wishes/wish-dates";
import { TriageForms, type TriageFormView } from "./triage-form";

/**
 * The forms the wish's state allows (lifecycle.allowedActions), in the table's
 * order, each built from its description in lib/wishes/triage-forms.ts: labels
 * and hints by field name, choices by where they come from.
 */
export async function WishActions({
  locale,
  wish,
  options,
  action,
  permalink,
  referralDue,
}: {
  locale: string;
  /** The due date a new referral proposes (YYYY-MM-DD): today plus the unit's target in working days. */
  referralDue: string;
  wish: StaffWish;
  options: TriageOptions;
  action: React.ComponentProps<typeof TriageForms>["action"];
  permalink: string;
}) {
  const t = await getTranslations({ locale, namespace: "adminWishes" });
  const text = await getTranslations({ locale });
  const labels = await getTranslations({ locale, namespace: "track" });
  const meetingLabel = (m: TriageOptions["meetings"][number]) =>
    `${localized(locale, m.title, m.titleEn)} (${shanghaiDateText(locale, m.scheduledAt, false).text})`;
  const choices: Record<TriageChoices, Option[]> = {
    organizations: options.organizations.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameEn) })),
    councilItems: [
      { value: NEW_COUNCIL_ITEM, label: t("form.newItem") },
      ...options.meetings.flatMap((m) =>
        m.items.map((i) => ({ value: i.id, label: `${localized(locale, i.topic, i.topicEn)} · ${meetingLabel(m)}` })),
      ),
    ],
    meetings: options.meetings.map((m) => ({ value: m.id, label: meetingLabel(m) })),
    // The residents' own words for each category (one vocabulary, docs/glossary.md).
    categories: Object.values(WishCategory).map((c) => ({ value: c, label: labels(`category.${c}`) })),
  };

  // A step on the referral shows only when the open referral is in its shape:
  // "approve the extension" only while one is asked for, and so on.
  const open = wish.referrals.find((r) => r.closedAt === null) ?? null;
  const forms = allowedActions(wish.status)
    .filter(isTriageFormAction)
    .filter((a) => !isReferralStep(a) || (open !== null && canTakeReferralStep(a, open)))
    .map((a): TriageFormView => ({
      action: a,
      heading: text(triageText(a).heading),
      submit: text(triageText(a).submit),
      fields: Object.entries(TRIAGE_FORMS[a].fields).map(([name, ui]) => ({
        name,
        control: ui.control,
        required: ui.required,
        maxLength: ui.maxLength,
        label: t(`form.${name}`),
        hint: ui.hint ? t(`form.${name}Hint`) : undefined,
        options: ui.choices ? choices[ui.choices] : undefined,
        placeholder: ui.choices ? t("form.choose") : undefined,
      })),
      defaults: a === "REFER" || a === "REROUTE" ? { referralDueAt: referralDue } : undefined,
    }));
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="wish-actions-heading" className="space-y-4">
      <h2 id="wish-actions-heading" className="text-2xl font-bold">
        {t("detail.actionsHeading")}
      </h2>
      {forms.some((f) => f.action === "ESCALATE") && options.meetings.length === 0 ? (
        <p className="text-muted">{t("form.noMeetings")}</p>
      ) : null}
      <TriageForms action={action} permalink={permalink} forms={forms} wishId={wish.id} version={wish.version} />
    </section>
  );
}
