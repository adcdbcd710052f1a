"use client";

// A receiving unit's forms on one referral (issue 14): accept, answer, ask for
// more time, send back; only those the referral's state allows. Plain <form>s
// posting to one Server Action (a hidden "step" says which), so they work
// without JavaScript; an error keeps what was typed, in the form it came from.
// The same forms serve the signed link (a hidden token) and a UNIT account (a
// hidden referral id). Texts come from the "referrals" messages the page passes
// down (ClientMessages), like the content forms'.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { DateTimeInput, TextArea } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { UnitStep } from "@/lib/referrals/referral-steps";
import { UNIT_LIMITS } from "@/lib/referrals/unit-limits";

interface Done {
  step: string;
}
type StepAction = (previous: FormState<Done>, form: FormData) => Promise<FormState<Done>>;

const idle = idleState<Done>();

export function UnitReferralWork({
  action,
  permalink,
  steps,
  proof,
  version,
  locale,
}: {
  action: StepAction;
  permalink: string;
  /** The steps the referral allows now, in the order shown. */
  steps: UnitStep[];
  /** { token } for the signed link, { referralId } for an account. */
  proof: Record<string, string>;
  version: number;
  locale: string;
}) {
  const t = useTranslations("referrals.forms");
  const [state, formAction] = useActionState(action, idle, permalink);
  const owner = state.status === "ok" ? state.data?.step : state.values?.step;
  const ownerShown = steps.some((s) => s === owner);
  if (steps.length === 0) return state.status === "ok" ? <FormMessage state={state} /> : null;
  return (
    <section aria-labelledby="unit-work-heading" className="space-y-4">
      <h2 id="unit-work-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {state.status === "ok" && !ownerShown ? <FormMessage state={state} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {steps.map((step) => {
          const own = step === owner ? state : idle;
          const id = `unit-${step.toLowerCase()}`;
          return (
            <form
              key={`${step}:${stateKey(own)}`}
              action={formAction}
              aria-labelledby={`${id}-heading`}
              className="space-y-4 rounded-lg border-2 border-ink bg-white p-4"
              noValidate
            >
              <h3 id={`${id}-heading`} className="text-xl font-bold">
                {t(step)}
              </h3>
              <FormMessage state={own} />
              <input type="hidden" name="step" value={step} />
              <input type="hidden" name="expectedVersion" value={version} />
              <input type="hidden" name="locale" value={locale} />
              {Object.entries(proof).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <FormScope id={id} state={own}>
                <StepFields step={step} />
              </FormScope>
              <SubmitButton label={t(`submit.${step}`)} />
            </form>
          );
        })}
      </div>
    </section>
  );
}

/** A reason or a reply: the same text area, its label and hint from the messages. */
function Text({
  name,
  text,
  required,
  max,
  rows,
}: {
  name: string;
  text: string;
  required?: boolean;
  max: number;
  rows: number;
}) {
  const t = useTranslations("referrals.forms");
  return (
    <TextArea name={name} label={t(text)} hint={t(`${text}Hint`)} required={required} rows={rows} maxLength={max} />
  );
}

function StepFields({ step }: { step: UnitStep }) {
  const t = useTranslations("referrals.forms");
  switch (step) {
    case "ACCEPT_REFERRAL":
      return <p className="text-lg">{t("acceptHint")}</p>;
    case "ANSWER_REFERRAL":
      return (
        <>
          <Text name="publicReply" text="publicReply" required rows={5} max={UNIT_LIMITS.reply} />
          <Text name="internalNote" text="internalNote" rows={2} max={UNIT_LIMITS.note} />
        </>
      );
    case "REQUEST_EXTENSION":
      return (
        <>
          <DateTimeInput name="extensionUntil" label={t("extensionUntil")} required type="date" />
          <Text name="internalNote" text="extensionReason" required rows={3} max={UNIT_LIMITS.note} />
        </>
      );
    case "RETURN_REFERRAL":
      return <Text name="internalNote" text="returnReason" required rows={3} max={UNIT_LIMITS.note} />;
  }
}
