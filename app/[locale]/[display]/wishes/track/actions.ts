"use server";
// The tracking page's Server Actions, made with the public wrapper: the limits
// are checked first without taking a point, and the service charges each real
// look-up (a rating's too). The code and digits travel in a POST body only,
// never in the URL (which would end up in history and logs).
import type { FormState } from "@/lib/forms/form-state";
import { publicAction, type RequestIdentity } from "@/lib/forms/public-action";
import type { TrackData } from "@/lib/wishes/track-form";
import { rateRequestSchema, trackFormSchema } from "@/lib/wishes/track-form-schema";
import { lookUpWish, rateTrackedWish } from "@/lib/wishes/track-request";
import { trackLimits, waitFor } from "@/lib/wishes/wish-limits";

/** What both forms share: the look-up limits and their messages. */
const tracking = {
  limit: (identity: RequestIdentity) => waitFor(trackLimits(identity)),
  messages: "track.errors",
  /** "Too many look-ups" says more here than the shared "too many submissions". */
  onError: (state: FormState<TrackData>): FormState<TrackData> =>
    state.formError === "forms.errors.rateLimited" ? { ...state, formError: "track.errors.limited" } : state,
};

export const trackWishAction = publicAction({
  ...tracking,
  name: "wish look-up",
  schema: trackFormSchema,
  run: (lookup, { identity, locale }) => lookUpWish(lookup, identity, locale),
  // The typed code and digits go back with the wish: the rating form sends them again.
  done: (wish, { values }): FormState<TrackData> => ({ status: "ok", data: { wish }, values }),
});

export const rateWishAction = publicAction({
  ...tracking,
  name: "wish rating",
  schema: rateRequestSchema,
  run: (request, { identity, locale }) => rateTrackedWish(request, identity, locale),
  // An invalid rating comes back as an error with the wish it was for, so the
  // page (without JavaScript too) shows the form again by it.
  done: (answer, { values }): FormState<TrackData> =>
    "fieldErrors" in answer
      ? {
          status: "error",
          formError: "forms.errors.checkFields",
          fieldErrors: answer.fieldErrors,
          data: { wish: answer.wish },
          values,
        }
      : { status: "ok", message: `track.rate.${answer.rating}`, data: { wish: answer.wish }, values },
});
