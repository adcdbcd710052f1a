// What the tracking page's two Server Actions do, minus reading the request:
// validate, rate-limit, look up (or rate), and answer with a TrackState. Kept
// here so the integration tests drive exactly the code the actions run.
import "server-only";
import { consume } from "@/lib/rate-limit/limiter";
import { rateWish } from "./rate-wish";
import { firstErrors, rateFormSchema, trackFormSchema, type TrackState } from "./track-form";
import { toTrackedWishView } from "./track-view";
import { findWishForResident } from "./track-wish";

export interface RequestKeys {
  deviceKey: string;
  ipKey: string;
}

/**
 * Every lookup, including the one a rating makes to re-verify the code and the
 * digits, costs a point: otherwise the rating form would be a free oracle for
 * guessing the last four digits.
 */
async function minutesToWait(keys: RequestKeys): Promise<number | null> {
  const outcome = await consume([
    { name: "track-device", key: keys.deviceKey },
    { name: "track-ip", key: keys.ipKey },
  ]);
  return outcome.ok ? null : Math.ceil(outcome.retryAfterSeconds / 60);
}

export async function trackForResident(fields: Record<string, string>, keys: RequestKeys, locale: string): Promise<TrackState> {
  const at = Date.now();
  const typed = { code: fields.code ?? "", last4: fields.last4 ?? "" };
  const parsed = trackFormSchema.safeParse(fields);
  if (!parsed.success) return { kind: "invalid", at, ...typed, errors: firstErrors(parsed.error) };
  const minutes = await minutesToWait(keys);
  if (minutes !== null) return { kind: "limited", at, ...typed, minutes };
  const wish = await findWishForResident(parsed.data.code, parsed.data.last4);
  if (!wish) return { kind: "not-found", at, ...typed };
  return { kind: "found", at, ...typed, wish: toTrackedWishView(wish, locale) };
}

export async function rateForResident(fields: Record<string, string>, keys: RequestKeys, locale: string): Promise<TrackState> {
  const at = Date.now();
  const typed = { code: fields.code ?? "", last4: fields.last4 ?? "" };
  const lookup = trackFormSchema.safeParse(fields);
  // The code and digits come back from hidden fields; if they are broken the
  // page was tampered with or is stale, and the resident starts again.
  if (!lookup.success) return { kind: "not-found", at, ...typed };
  const minutes = await minutesToWait(keys);
  if (minutes !== null) return { kind: "limited", at, ...typed, minutes };
  const before = await findWishForResident(lookup.data.code, lookup.data.last4);
  if (!before) return { kind: "not-found", at, ...typed };

  const parsed = rateFormSchema.safeParse(fields);
  if (!parsed.success) {
    return { kind: "invalid", at, ...typed, errors: firstErrors(parsed.error), wish: toTrackedWishView(before, locale) };
  }
  const outcome = await rateWish({
    code: lookup.data.code,
    last4: lookup.data.last4,
    rating: parsed.data.rating,
    comment: parsed.data.comment,
  });
  // Read again: the state, the timeline and canRate all changed (or someone
  // else's change is why the rating was refused).
  const after = await findWishForResident(lookup.data.code, lookup.data.last4);
  if (!after || outcome === "not-found") return { kind: "not-found", at, ...typed };
  const rating = outcome === "rated" || outcome === "reopened" ? outcome : "not-ratable";
  return { kind: "found", at, ...typed, wish: toTrackedWishView(after, locale), rating };
}
