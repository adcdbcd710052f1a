"use client";

import { useTranslations } from "next-intl";
import { RATING_COMMENT_MAX, type TrackErrors } from "@/lib/wishes/track-form";

const OPTIONS = ["1", "2", "3", "4", "5"] as const;

/**
 * 回访: five large radio buttons with words, an optional comment, sent once.
 * The code and digits the resident typed go back in hidden fields (a POST body,
 * never the URL) so the action can verify them again: the page holds no session.
 */
export function RateForm({
  action,
  pending,
  code,
  last4,
  locale,
  errors,
}: {
  action: (form: FormData) => void;
  pending: boolean;
  code: string;
  last4: string;
  locale: string;
  errors: TrackErrors;
}) {
  const t = useTranslations("track");
  return (
    <form action={action} aria-labelledby="rate-heading" className="space-y-4 rounded-lg border-2 border-brand bg-white p-4">
      <h3 id="rate-heading" className="text-xl font-bold">
        {t("rate.heading")}
      </h3>
      <p>{t("rate.intro")}</p>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="last4" value={last4} />
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
        <legend className="text-lg font-semibold">{t("rate.legend")}</legend>
        {errors.rating ? (
          <p id="rating-error" tabIndex={-1} className="font-semibold text-brand">
            {t(`errors.${errors.rating as "ratingRequired"}`)}
          </p>
        ) : null}
        <div className="mt-2 grid gap-2 sm:grid-cols-5">
          {OPTIONS.map((value) => (
            <label
              key={value}
              className="flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border-2 border-ink bg-white px-4 text-lg font-semibold has-[:checked]:border-brand has-[:checked]:bg-[#fbeae8] sm:flex-col sm:justify-center sm:gap-1 sm:px-2 sm:py-3 sm:text-center"
            >
              <input type="radio" name="rating" value={value} className="size-7 shrink-0 accent-brand" />
              {t(`rate.option.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="rate-comment" className="block font-semibold">
          {t("rate.commentLabel")}
        </label>
        <p id="rate-comment-hint" className="text-muted">
          {t("rate.commentHint")}
        </p>
        {errors.comment ? (
          <p id="rate-comment-error" className="font-semibold text-brand">
            {t(`errors.${errors.comment as "commentTooLong"}`)}
          </p>
        ) : null}
        <textarea
          id="rate-comment"
          name="comment"
          rows={3}
          maxLength={RATING_COMMENT_MAX}
          aria-describedby={errors.comment ? "rate-comment-hint rate-comment-error" : "rate-comment-hint"}
          aria-invalid={errors.comment ? true : undefined}
          className="w-full rounded border-2 border-ink bg-white px-3 py-2 text-lg"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark disabled:opacity-70 sm:w-auto"
      >
        {pending ? t("rate.pending") : t("rate.submit")}
      </button>
    </form>
  );
}
