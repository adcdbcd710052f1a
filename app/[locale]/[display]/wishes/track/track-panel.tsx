"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { initialTrackState, TRACKING_INPUT_MAX, type TrackState } from "@/lib/wishes/track-form";
import { rateWishAction, trackWishAction } from "./actions";
import { RateForm } from "./rate-form";
import { TrackedWish } from "./tracked-wish";

/**
 * The look-up form and, once found, the wish with its rating form. Two actions,
 * one page: whichever answered last (`at`) is shown. Without JavaScript only the
 * one that was posted has a state, so the same rule holds.
 */
export function TrackPanel({ locale }: { locale: string }) {
  const t = useTranslations("track");
  const [trackState, track, tracking] = useActionState(trackWishAction, initialTrackState);
  const [rateState, rate, rating] = useActionState(rateWishAction, initialTrackState);
  const state: TrackState = rateState.at > trackState.at ? rateState : trackState;
  const wish = state.kind === "found" || state.kind === "invalid" ? state.wish : undefined;
  const fromRating = state === rateState;

  const resultHeading = useRef<HTMLHeadingElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  // With JavaScript the page does not reload: move focus to what changed, so a
  // screen reader reads the answer and a phone scrolls to it.
  useEffect(() => {
    if (state.at === 0) return;
    if (state.kind === "invalid") {
      const first = fromRating ? "rating-error" : state.errors.code ? "track-code" : "track-last4";
      document.getElementById(first)?.focus();
    } else if (state.kind === "found" && !state.rating) {
      resultHeading.current?.focus();
    } else {
      message.current?.focus();
    }
    // Only a new answer moves focus, not a re-render.
  }, [state.at]);

  const typed = state.kind === "idle" ? { code: "", last4: "" } : { code: state.code, last4: state.last4 };
  const lookupErrors = state.kind === "invalid" && !fromRating ? state.errors : {};
  const rateErrors = state.kind === "invalid" && fromRating ? state.errors : {};
  const problem =
    state.kind === "not-found" ? t("errors.notFound") : state.kind === "limited" ? t("errors.limited", { minutes: state.minutes }) : null;
  const ratingNote =
    state.kind === "found" && state.rating
      ? t(state.rating === "reopened" ? "rate.reopened" : state.rating === "rated" ? "rate.rated" : "rate.notRatable")
      : null;

  const field = "min-h-12 w-full rounded border-2 border-ink bg-white px-3 text-xl";
  const lookup = (
    <form action={track} key={`lookup-${state.at}`} aria-labelledby="lookup-heading" className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
      <h2 id="lookup-heading" className="text-2xl font-bold">
        {wish ? t("form.againHeading") : t("form.heading")}
      </h2>
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="track-code" className="block text-lg font-semibold">
          {t("form.codeLabel")}
        </label>
        <p id="track-code-hint" className="text-muted">
          {t("form.codeHint")}
        </p>
        {lookupErrors.code ? (
          <p id="track-code-error" className="font-semibold text-brand">
            {t("errors.codeRequired")}
          </p>
        ) : null}
        <input
          id="track-code"
          name="code"
          type="text"
          defaultValue={wish ? "" : typed.code}
          autoCapitalize="characters"
          autoCorrect="off"
          autoComplete="off"
          spellCheck={false}
          maxLength={TRACKING_INPUT_MAX}
          aria-invalid={lookupErrors.code ? true : undefined}
          aria-describedby={lookupErrors.code ? "track-code-hint track-code-error" : "track-code-hint"}
          className={`${field} font-mono uppercase tracking-wider sm:max-w-md`}
        />
      </div>
      <div>
        <label htmlFor="track-last4" className="block text-lg font-semibold">
          {t("form.last4Label")}
        </label>
        <p id="track-last4-hint" className="text-muted">
          {t("form.last4Hint")}
        </p>
        {lookupErrors.last4 ? (
          <p id="track-last4-error" className="font-semibold text-brand">
            {t("errors.last4Format")}
          </p>
        ) : null}
        <input
          id="track-last4"
          name="last4"
          type="text"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          defaultValue={wish ? "" : typed.last4}
          aria-invalid={lookupErrors.last4 ? true : undefined}
          aria-describedby={lookupErrors.last4 ? "track-last4-hint track-last4-error" : "track-last4-hint"}
          className={`${field} max-w-40 font-mono tracking-widest`}
        />
      </div>
      <button
        type="submit"
        disabled={tracking}
        className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {tracking ? t("form.pending") : t("form.submit")}
      </button>
    </form>
  );

  return (
    <div className="space-y-8">
      {problem ? (
        <p ref={message} tabIndex={-1} role="alert" className="rounded-lg border-2 border-brand bg-white p-4 text-lg font-semibold text-brand">
          {problem}
        </p>
      ) : null}
      {wish ? (
        <section aria-labelledby="result-heading" className="space-y-6">
          {ratingNote ? (
            <p ref={message} tabIndex={-1} role="status" className="rounded-lg border-2 border-[#166534] bg-[#e3f4e8] p-4 text-lg font-semibold text-[#052e16]">
              {ratingNote}
            </p>
          ) : null}
          <TrackedWish wish={wish} headingRef={resultHeading} />
          {wish.canRate ? (
            <RateForm key={`rate-${state.at}`} action={rate} pending={rating} code={typed.code} last4={typed.last4} locale={locale} errors={rateErrors} />
          ) : null}
        </section>
      ) : null}
      {lookup}
    </div>
  );
}
