"use server";

// The tracking page's Server Actions. With JavaScript they run through
// useActionState; without it the browser POSTs the form and Next renders the
// page with the returned state. Either way the code and digits travel in a POST
// body only, never in the URL (which would end up in history and logs).
import { requestIdentity } from "@/lib/rate-limit/request-identity";
import { formStrings } from "@/lib/forms/form-strings";
import { type TrackState } from "@/lib/wishes/track-form";
import { rateForResident, trackForResident } from "@/lib/wishes/track-request";

/** The page's language arrives as a hidden field; anything else falls back to Chinese. */
function localeOf(fields: Record<string, string>): string {
  return fields.locale === "en" ? "en" : "zh-CN";
}

export async function trackWishAction(_previous: TrackState, form: FormData): Promise<TrackState> {
  const fields = formStrings(form);
  return trackForResident(fields, await requestIdentity(), localeOf(fields));
}

export async function rateWishAction(_previous: TrackState, form: FormData): Promise<TrackState> {
  const fields = formStrings(form);
  return rateForResident(fields, await requestIdentity(), localeOf(fields));
}
