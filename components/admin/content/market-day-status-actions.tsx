"use client";
// Publish and cancel, each its own small form: one tap, the outcome announced.
// The page is refreshed after either, so the status above and the buttons
// offered follow at once; the outcomes live here, above both forms, because
// the form just used may be gone after that refresh.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-status";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { idleFormState, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

interface Props {
  id: string;
  status: MarketDayStatus;
  /** Where the forms post without JavaScript (lib/content/form-postback.ts). */
  postback: string;
  publishAction: Action;
  cancelAction: Action;
}

export function MarketDayStatusActions({ id, status, postback, publishAction, cancelAction }: Props) {
  const t = useTranslations("adminContent.marketDays");
  const [published, publish, publishing] = useActionState(publishAction, idleFormState, postback);
  const [cancelled, cancel, cancelling] = useActionState(cancelAction, idleFormState, postback);
  const publishLabel = status === "CANCELLED" ? t("republish") : t("publish");
  return (
    <div className="space-y-4">
      <FormMessage state={published} />
      <FormMessage state={cancelled} />
      <div className="flex flex-wrap gap-6">
        {status !== "PUBLISHED" ? (
          <StepForm id={id} step="publish" action={publish} pending={publishing} label={publishLabel} primary />
        ) : null}
        {status !== "CANCELLED" ? (
          <StepForm id={id} step="cancel" action={cancel} pending={cancelling} label={t("cancel")} />
        ) : null}
      </div>
    </div>
  );
}

interface StepProps {
  id: string;
  step: "publish" | "cancel";
  action: (form: FormData) => void;
  pending: boolean;
  label: string;
  primary?: boolean;
}

function StepForm({ id, step, action, pending, label, primary }: StepProps) {
  const t = useTranslations("adminContent.marketDays");
  const look = primary
    ? "bg-brand text-white hover:bg-brand-dark"
    : "border-2 border-brand-dark bg-white text-brand-dark hover:bg-paper";
  return (
    <form action={action} className="max-w-md space-y-2">
      <input type="hidden" name="id" value={id} />
      <p id={`${step}-hint`}>{t(`${step}Hint`)}</p>
      <button
        type="submit"
        disabled={pending}
        aria-describedby={`${step}-hint`}
        className={`inline-flex min-h-12 items-center justify-center rounded px-6 text-lg font-semibold disabled:opacity-70 ${look}`}
      >
        {label}
      </button>
    </form>
  );
}
