"use client";

import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/choice-fields";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { SubmitButton } from "@/components/forms/form-status";
import { TextArea } from "@/components/forms/text-fields";
import type { FormState } from "@/lib/forms/form-state";
import { RATING_COMMENT_MAX, type TrackData } from "@/lib/wishes/track-form";

const OPTIONS = ["1", "2", "3", "4", "5"] as const;

/**
 * 回访: five large choices with words, an optional comment, sent once. What
 * proved the wish (the code and digits typed, or a message's signed link) goes
 * back in hidden fields, a POST body, so the action can verify it again: the
 * page holds no session.
 */
export function RateForm({
  action,
  state,
  proof,
  locale,
  onSubmit,
}: {
  action: (form: FormData) => void;
  /** This form's last answer, for its errors and what was typed. */
  state: FormState<TrackData>;
  /** Hidden fields: { code, last4 } on the tracking page, { token } behind a link. */
  proof: Record<string, string>;
  locale: string;
  onSubmit: () => void;
}) {
  const t = useTranslations("track");
  return (
    <FormScope id="rate" state={state}>
      <form
        key={stateKey(state)}
        action={action}
        onSubmit={onSubmit}
        aria-labelledby="rate-heading"
        className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
      >
        <h3 id="rate-heading" className="text-xl font-bold">
          {t("rate.heading")}
        </h3>
        <p>{t("rate.intro")}</p>
        {Object.entries(proof).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="locale" value={locale} />
        <RadioGroup
          name="rating"
          legend={t("rate.legend")}
          required
          columns
          choices={OPTIONS.map((value) => ({ value, label: t(`rate.option.${value}`) }))}
        />
        <TextArea
          name="comment"
          label={t("rate.commentLabel")}
          hint={t("rate.commentHint")}
          rows={3}
          maxLength={RATING_COMMENT_MAX}
        />
        <SubmitButton label={t("rate.submit")} pendingLabel={t("rate.pending")} />
      </form>
    </FormScope>
  );
}
