"use client";

// On-site entry at a stall: one screen, few taps. Kind as big radio buttons,
// market day preselected (and the market day and stall kept for the next
// resident), contact details optional and only with the resident's spoken
// consent, and an optional reply that settles the wish as handled on site.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { useFormDraft } from "@/components/forms/form-draft";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { Select, TextArea, TextInput, type Option } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { ON_SITE_CONTENT, TRIAGE_LIMITS } from "@/lib/wishes/triage-schemas";
import { EntrySlip } from "./entry-slip";

/** The tab's draft of the entry, kept across a lost session (components/forms/form-draft.ts). */
const DRAFT_KEY = "huiyin-on-site-draft";

interface Entered {
  id: string;
  code: string;
}
type EntryAction = (previous: FormState<Entered>, form: FormData) => Promise<FormState<Entered>>;

export interface OnSiteFormProps {
  action: EntryAction;
  /** Where the form posts without JavaScript (lib/forms/attempt.ts). */
  permalink: string;
  idempotencyKey: string;
  kinds: Option[];
  categories: Option[];
  marketDays: Option[];
  /** Every stall of those market days, each label naming its market day. */
  stalls: Option[];
  defaultMarketDayId: string | null;
  canSettle: boolean;
}

export function OnSiteForm({
  action,
  permalink,
  idempotencyKey,
  kinds,
  categories,
  marketDays,
  stalls,
  defaultMarketDayId,
  canSettle,
}: OnSiteFormProps) {
  const t = useTranslations("adminWishes");
  const [state, formAction] = useActionState(action, idleState<Entered>(), permalink);
  const entered = state.status === "ok" ? state.data : undefined;
  const draft = useFormDraft(DRAFT_KEY, state);
  return (
    <form
      ref={draft}
      key={stateKey(state)}
      action={formAction}
      aria-labelledby="entry-heading"
      className="space-y-5 rounded-lg border-2 border-brand bg-white p-4"
      noValidate
    >
      <h2 id="entry-heading" className="text-2xl font-bold">
        {t("entry.formHeading")}
      </h2>
      <FormMessage state={state} />
      {/* The code is what the resident leaves with: large, on one line, read out by staff or printed. */}
      {entered ? <EntrySlip id={entered.id} code={entered.code} /> : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormScope
        id="entry"
        state={state}
        defaults={{ kind: kinds[0]?.value ?? "", marketDayId: defaultMarketDayId ?? "" }}
      >
        <RadioGroup name="kind" legend={t("entry.kind")} required choices={kinds} columns />
        <Select
          name="category"
          label={t("entry.category")}
          required
          options={categories}
          placeholder={t("form.choose")}
        />
        <TextArea
          name="content"
          label={t("entry.content")}
          required
          rows={4}
          minLength={ON_SITE_CONTENT.min}
          maxLength={ON_SITE_CONTENT.max}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            name="marketDayId"
            label={t("entry.marketDay")}
            options={marketDays}
            placeholder={t("entry.noMarketDay")}
          />
          <Select
            name="stallId"
            label={t("entry.stall")}
            hint={t("entry.stallHint")}
            options={stalls}
            placeholder={t("entry.noStall")}
          />
        </div>
        <fieldset aria-describedby="entry-contact-hint" className="space-y-4 rounded border border-neutral-400 p-3">
          <legend className="px-1 text-lg font-semibold">{t("entry.contactHeading")}</legend>
          <p id="entry-contact-hint" className="text-muted">
            {t("entry.contactHint")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextInput name="name" label={t("detail.name")} autoComplete="off" maxLength={TRIAGE_LIMITS.name} />
            <TextInput
              name="phone"
              type="tel"
              label={t("detail.phone")}
              inputMode="tel"
              autoComplete="off"
              maxLength={TRIAGE_LIMITS.phone}
            />
          </div>
          <CheckboxGroup
            name="consent"
            legend={t("entry.consentLegend")}
            choices={[{ value: "on", label: t("entry.consent") }]}
          />
          <CheckboxGroup
            name="messages"
            legend={t("entry.messagesLegend")}
            hint={t("entry.messagesHint")}
            choices={[{ value: "on", label: t("entry.messages") }]}
          />
        </fieldset>
        {canSettle ? (
          <TextArea
            name="publicReply"
            label={t("entry.reply")}
            hint={t("entry.replyHint")}
            rows={3}
            maxLength={TRIAGE_LIMITS.reply}
          />
        ) : null}
      </FormScope>
      <SubmitButton label={t("entry.submit")} />
    </form>
  );
}
