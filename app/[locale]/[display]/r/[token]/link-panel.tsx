"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { idleState } from "@/lib/forms/form-state";
import type { TrackData, TrackedWishView } from "@/lib/wishes/track-form";
import { RateForm } from "../../wishes/track/rate-form";
import { TrackedWish } from "../../wishes/track/tracked-wish";
import { rateByLinkAction } from "./actions";

const idle = idleState<TrackData>();

/**
 * The wish behind a message's link, with its rating form: the tracking page's
 * parts, proven by the token instead of the code and digits. After a rating the
 * answer's wish (rated, or reopened) replaces the one the page was read with.
 */
export function LinkPanel({
  wish,
  token,
  locale,
  permalink,
}: {
  wish: TrackedWishView;
  token: string;
  locale: string;
  /** This page's own address: where the rating posts without JavaScript. */
  permalink: string;
}) {
  const [state, rate] = useActionState(rateByLinkAction, idle, permalink);
  const shown = state.data?.wish ?? wish;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "ok") heading.current?.focus();
  }, [state]);
  return (
    <section aria-labelledby="result-heading" className="space-y-6">
      <FormMessage state={state} />
      <TrackedWish wish={shown} headingRef={heading} />
      {shown.canRate ? (
        <RateForm action={rate} state={state} proof={{ token }} locale={locale} onSubmit={() => undefined} />
      ) : null}
    </section>
  );
}
