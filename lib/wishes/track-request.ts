// What the tracking page's two Server Actions do once publicAction has checked
// the limits and parsed the form: look the wish up (or rate it) and hand back
// the view the page shows. Kept here so the integration tests drive exactly the
// code the actions run. A wrong code and wrong digits both read "not found".
import "server-only";
import { ActionError } from "@/lib/forms/action-error";
import type { FieldErrors } from "@/lib/forms/form-state";
import { fieldErrorsFromZod } from "@/lib/forms/zod-errors";
import { rateWish } from "./rate-wish";
import type { TrackedWishView } from "./track-form";
import { rateFormSchema, trackFormSchema, type RateRequest, type TrackLookup } from "./track-form-schema";
import { toTrackedWishView } from "./track-view";
import { findWishForResident } from "./track-wish";
import { charge, trackLimits, type RequestKeys } from "./wish-limits";

const notFound = () => new ActionError("track.errors.notFound");

export async function lookUpWish(lookup: TrackLookup, keys: RequestKeys, locale: string): Promise<TrackedWishView> {
  await charge(trackLimits(keys));
  const wish = await findWishForResident(lookup.code, lookup.last4);
  if (!wish) throw notFound();
  return toTrackedWishView(wish, locale);
}

export type RatingResult = "rated" | "reopened" | "notRatable";

export type RateAnswer =
  { wish: TrackedWishView; rating: RatingResult } | { wish: TrackedWishView; fieldErrors: FieldErrors };

export async function rateTrackedWish(request: RateRequest, keys: RequestKeys, locale: string): Promise<RateAnswer> {
  const lookup = trackFormSchema.safeParse(request);
  // The code and digits come back from hidden fields; if they are broken the
  // page was tampered with or is stale, and the resident starts again.
  if (!lookup.success) throw notFound();
  const before = await lookUpWish(lookup.data, keys, locale);
  const parsed = rateFormSchema.safeParse(request);
  if (!parsed.success) return { wish: before, fieldErrors: fieldErrorsFromZod(parsed.error, "track.errors") };

  const { code, last4 } = lookup.data;
  const outcome = await rateWish({ code, last4, rating: parsed.data.rating, comment: parsed.data.comment });
  // Read again: the state, the timeline and canRate all changed (or someone
  // else's change is why the rating was refused).
  const after = await findWishForResident(code, last4);
  if (!after || outcome === "not-found") throw notFound();
  const rating = outcome === "rated" || outcome === "reopened" ? outcome : "notRatable";
  return { wish: toTrackedWishView(after, locale), rating };
}
