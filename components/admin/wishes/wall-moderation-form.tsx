"use client";

// The public wall's review on the wish page (shown only for wishes the resident
// ticked "public"): approve the text as written, hide it, or approve a redacted
// version shown instead (a name or door number taken out). Three submit buttons
// of one plain form; the button pressed names the decision.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage } from "@/components/forms/form-status";
import { TextArea } from "@/components/forms/text-fields";
import type { WallStatus } from "@/lib/db/generated/enums";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { CONTACT_REQUEST_LIMITS } from "@/lib/wishes/contact-request-schemas";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

const button =
  "min-h-12 rounded-lg border-2 px-5 text-lg font-semibold focus-visible:outline-4 focus-visible:outline-offset-2";

export function WallModerationForm({
  wishId,
  wallStatus,
  wallText,
  action,
  permalink,
}: {
  wishId: string;
  wallStatus: WallStatus;
  wallText: string | null;
  action: Action;
  permalink: string;
}) {
  const t = useTranslations("adminWishes.wall");
  const [state, formAction, pending] = useActionState(action, idleState(), permalink);
  return (
    <form
      action={formAction}
      aria-labelledby="form-wall-heading"
      className="space-y-4 rounded-lg border-2 border-ink bg-white p-4"
      noValidate
    >
      <h3 id="form-wall-heading" className="text-xl font-bold">
        {t("heading")}
      </h3>
      <p className="text-lg">
        {t("current")} <strong>{t(`status.${wallStatus}`)}</strong>
      </p>
      <p className="text-muted">{t("hint")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="wishId" value={wishId} />
      <FormScope key={stateKey(state)} id="form-wall" state={state} defaults={{ wallText: wallText ?? "" }}>
        <TextArea
          name="wallText"
          label={t("wallText")}
          hint={t("wallTextHint")}
          rows={3}
          maxLength={CONTACT_REQUEST_LIMITS.wallText}
        />
      </FormScope>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={pending}
          className={`${button} border-brand bg-brand text-white`}
        >
          {t("approve")}
        </button>
        <button type="submit" name="decision" value="redact" disabled={pending} className={`${button} border-ink`}>
          {t("redact")}
        </button>
        <button type="submit" name="decision" value="hide" disabled={pending} className={`${button} border-ink`}>
          {t("hide")}
        </button>
      </div>
    </form>
  );
}
