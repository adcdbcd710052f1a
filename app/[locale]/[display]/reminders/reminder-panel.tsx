"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { confirmReminderCodeAction, requestReminderAction, type ReminderStep } from "./actions";

const idle = idleState<ReminderStep>();
const box = "space-y-4 rounded-lg border-2 border-brand bg-white p-4";

/**
 * Two steps on one page: the address (and consent), then the SMS code, or a
 * note to look for the confirmation email. Without JavaScript each post comes
 * back to this page's address with its state, so the steps work the same.
 */
export function ReminderPanel({
  locale,
  permalink,
  email,
}: {
  locale: string;
  permalink: string;
  /** Whether this deployment sends email: otherwise SMS is the only way. */
  email: boolean;
}) {
  const t = useTranslations("reminders");
  const [asked, ask] = useActionState(requestReminderAction, idle, permalink);
  const [confirmed, confirm] = useActionState(confirmReminderCodeAction, idle, permalink);
  const [last, setLast] = useState<"ask" | "confirm">(confirmed.status === "idle" ? "ask" : "confirm");
  const state: FormState<ReminderStep> = last === "confirm" ? confirmed : asked;
  const step = state.status === "idle" ? undefined : state.data;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "ok") heading.current?.focus();
  }, [state]);

  if (step?.step === "done") {
    return (
      <div className={box}>
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {t("done")}
        </h2>
        <p className="text-lg">{t("doneBody")}</p>
      </div>
    );
  }
  if (step?.step === "email") {
    return (
      <div className={box}>
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {t("checkEmail")}
        </h2>
        <p className="text-lg">{t("checkEmailBody")}</p>
      </div>
    );
  }
  if (step?.step === "code") {
    return (
      <div className="space-y-6">
        <FormScope id="reminder-code" state={last === "confirm" ? confirmed : idle}>
          <form key={stateKey(confirmed)} action={confirm} onSubmit={() => setLast("confirm")} className={box}>
            <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
              {t("codeHeading")}
            </h2>
            <p className="text-lg">{t("codeSent", { phone: step.maskedPhone })}</p>
            <FormMessage state={last === "confirm" ? confirmed : idle} />
            <input type="hidden" name="token" value={step.token} />
            <input type="hidden" name="maskedPhone" value={step.maskedPhone} />
            <input type="hidden" name="locale" value={locale} />
            <TextInput
              name="code"
              label={t("codeLabel")}
              hint={t("codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={12}
              required
            />
            <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} />
          </form>
        </FormScope>
      </div>
    );
  }

  return (
    <FormScope id="reminder" state={asked} defaults={{ channel: "sms" }}>
      <form key={stateKey(asked)} action={ask} onSubmit={() => setLast("ask")} className={box}>
        <h2 className="text-2xl font-bold">{t("formHeading")}</h2>
        <FormMessage state={asked} />
        <input type="hidden" name="locale" value={locale} />
        {email ? (
          <RadioGroup
            name="channel"
            legend={t("channel")}
            required
            choices={[
              { value: "sms", label: t("bySms") },
              { value: "email", label: t("byEmail") },
            ]}
          />
        ) : (
          <input type="hidden" name="channel" value="sms" />
        )}
        <TextInput
          name="phone"
          type="tel"
          inputMode="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          autoComplete="tel"
          maxLength={20}
          required={!email}
        />
        {email ? (
          <TextInput
            name="email"
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            autoComplete="email"
            maxLength={100}
          />
        ) : null}
        <CheckboxGroup name="consent" legend={t("consentLegend")} choices={[{ value: "on", label: t("consent") }]} />
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </form>
    </FormScope>
  );
}
