"use client";

// A receiving unit's forms on one referral (issue 14): accept, answer, ask for
// more time, send back; only those the referral's state allows. Plain <form>s
// posting to one Server Action (a hidden "step" says which), so they work
// without JavaScript; an error keeps what was typed, in the form it came from.
// The same forms serve the signed link (a hidden token) and a UNIT account (a
// hidden referral id).
import { useActionState } from "react";
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

export interface UnitWorkTexts {
  heading: string;
  steps: Record<UnitStep, { heading: string; submit: string }>;
  acceptHint: string;
  publicReply: string;
  publicReplyHint: string;
  internalNote: string;
  internalNoteHint: string;
  extensionUntil: string;
  extensionReason: string;
  extensionReasonHint: string;
  returnReason: string;
  returnReasonHint: string;
}

const idle = idleState<Done>();

export function UnitReferralWork({
  action,
  permalink,
  steps,
  proof,
  version,
  texts,
  locale,
}: {
  action: StepAction;
  permalink: string;
  /** The steps the referral allows now, in the order shown. */
  steps: UnitStep[];
  /** { token } for the signed link, { referralId } for an account. */
  proof: Record<string, string>;
  version: number;
  texts: UnitWorkTexts;
  locale: string;
}) {
  const [state, formAction] = useActionState(action, idle, permalink);
  const owner = state.status === "ok" ? state.data?.step : state.values?.step;
  const ownerShown = steps.some((s) => s === owner);
  // After an answer or a return the referral is closed: only the thank-you stays.
  const closed = state.status === "ok" && (owner === "ANSWER_REFERRAL" || owner === "RETURN_REFERRAL");
  if (closed || steps.length === 0) return state.status === "ok" ? <FormMessage state={state} /> : null;
  return (
    <section aria-labelledby="unit-work-heading" className="space-y-4">
      <h2 id="unit-work-heading" className="text-2xl font-bold">
        {texts.heading}
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
                {texts.steps[step].heading}
              </h3>
              <FormMessage state={own} />
              <input type="hidden" name="step" value={step} />
              <input type="hidden" name="expectedVersion" value={version} />
              <input type="hidden" name="locale" value={locale} />
              {Object.entries(proof).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <FormScope id={id} state={own}>
                <StepFields step={step} texts={texts} />
              </FormScope>
              <SubmitButton label={texts.steps[step].submit} />
            </form>
          );
        })}
      </div>
    </section>
  );
}

function StepFields({ step, texts }: { step: UnitStep; texts: UnitWorkTexts }) {
  switch (step) {
    case "ACCEPT_REFERRAL":
      return <p className="text-lg">{texts.acceptHint}</p>;
    case "ANSWER_REFERRAL":
      return (
        <>
          <TextArea
            name="publicReply"
            label={texts.publicReply}
            hint={texts.publicReplyHint}
            required
            rows={5}
            maxLength={UNIT_LIMITS.reply}
          />
          <TextArea
            name="internalNote"
            label={texts.internalNote}
            hint={texts.internalNoteHint}
            rows={2}
            maxLength={UNIT_LIMITS.note}
          />
        </>
      );
    case "REQUEST_EXTENSION":
      return (
        <>
          <DateTimeInput name="extensionUntil" label={texts.extensionUntil} required type="date" />
          <TextArea
            name="internalNote"
            label={texts.extensionReason}
            hint={texts.extensionReasonHint}
            required
            rows={3}
            maxLength={UNIT_LIMITS.note}
          />
        </>
      );
    case "RETURN_REFERRAL":
      return (
        <TextArea
          name="internalNote"
          label={texts.returnReason}
          hint={texts.returnReasonHint}
          required
          rows={3}
          maxLength={UNIT_LIMITS.note}
        />
      );
  }
}
