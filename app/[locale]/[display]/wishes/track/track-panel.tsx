"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FormScope, stateKey } from "@/components/forms/form-scope";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { TextInput } from "@/components/forms/text-fields";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { TRACKING_INPUT_MAX, type TrackData } from "@/lib/wishes/track-form";
import { rateWishAction, trackWishAction } from "./actions";
import { RateForm } from "./rate-form";
import { TrackedWish } from "./tracked-wish";

const idle = idleState<TrackData>();

/**
 * The look-up form and, once found, the wish with its rating form. Two actions,
 * one page: the one sent last is shown. Without JavaScript only the one that
 * was posted has a state, so the same rule holds.
 */
export function TrackPanel({
  locale,
  permalink,
  defaultCode,
}: {
  locale: string;
  /**
   * Where both forms post without JavaScript: always the static tracking page
   * (its address in this language), where a post's answer is rendered. React
   * hands the state over by this address, so every page showing the panel
   * passes the same one (a page read per request, /wishes/mine, would resume a
   * cached shell that drops it).
   */
  permalink: string;
  /** The code the form starts with (this device's remembered wish, /wishes/mine). */
  defaultCode?: string;
}) {
  const t = useTranslations("track");
  const [trackState, track] = useActionState(trackWishAction, idle, permalink);
  const [rateState, rate] = useActionState(rateWishAction, idle, permalink);
  const [last, setLast] = useState<"track" | "rate">(rateState.status === "idle" ? "track" : "rate");
  const state: FormState<TrackData> = last === "rate" ? rateState : trackState;
  const wish = state.data?.wish;

  const resultHeading = useRef<HTMLHeadingElement>(null);
  // With JavaScript the page does not reload: a found wish takes the focus, so a
  // screen reader reads it and a phone scrolls to it. (A problem is an alert
  // that focuses itself.)
  useEffect(() => {
    if (state.status === "ok") resultHeading.current?.focus();
  }, [state]);

  return (
    <div className="space-y-8">
      <FormMessage state={state} />
      {wish ? (
        <section aria-labelledby="result-heading" className="space-y-6">
          <TrackedWish wish={wish} headingRef={resultHeading} />
          {wish.canRate ? (
            <RateForm
              action={rate}
              state={last === "rate" ? rateState : idle}
              // What found the wish, sent again with the rating.
              proof={{ code: state.values?.code ?? "", last4: state.values?.last4 ?? "" }}
              locale={locale}
              onSubmit={() => setLast("rate")}
            />
          ) : null}
        </section>
      ) : null}
      <FormScope id="track" state={wish ? idle : state} defaults={defaultCode ? { code: defaultCode } : undefined}>
        <form
          key={stateKey(wish ? idle : state)}
          action={track}
          onSubmit={() => setLast("track")}
          aria-labelledby="lookup-heading"
          className="space-y-4 rounded-lg border-2 border-brand bg-white p-4"
        >
          <h2 id="lookup-heading" className="text-2xl font-bold">
            {wish ? t("form.againHeading") : t("form.heading")}
          </h2>
          <input type="hidden" name="locale" value={locale} />
          <TextInput
            name="code"
            label={t("form.codeLabel")}
            hint={t("form.codeHint")}
            required
            autoCapitalize="characters"
            autoCorrect="off"
            autoComplete="off"
            spellCheck={false}
            maxLength={TRACKING_INPUT_MAX}
          />
          <TextInput
            name="last4"
            label={t("form.last4Label")}
            hint={t("form.last4Hint")}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
          />
          <SubmitButton label={t("form.submit")} pendingLabel={t("form.pending")} />
        </form>
      </FormScope>
    </div>
  );
}
