// The tracking page's two forms (look up a wish; rate it) as the Server Actions
// parse them. Messages are keys under "track.errors".
import { z } from "zod";
import { RATING_MAX, RATING_MIN } from "./lifecycle";
import { RATING_COMMENT_MAX, TRACKING_INPUT_MAX } from "./track-form";

/** Full-width digits and letters from a Chinese keyboard become ASCII; whitespace goes. */
const compact = (v: unknown) => (typeof v === "string" ? v.normalize("NFKC").replace(/\s+/g, "") : "");

const lookupFields = {
  // Only emptiness is an error of its own. A malformed code gives the same
  // "not found" as an unknown one, so the form tells nothing about what exists.
  code: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFKC").trim().slice(0, TRACKING_INPUT_MAX) : ""),
    z.string().min(1, { message: "codeRequired" }),
  ),
  last4: z.preprocess(compact, z.string().regex(/^(\d{4})?$/, { message: "last4Format" })),
};

export const trackFormSchema = z.object(lookupFields);
export type TrackLookup = z.infer<typeof trackFormSchema>;

const anyText = z.string().catch("");

/**
 * The rating form as posted: plain strings. The code and digits come back from
 * hidden fields and the rating is checked only once they have found the wish
 * (rateTrackedWish), so a broken page reads as "not found" and an invalid
 * rating comes back with the wish it was for.
 */
export const rateRequestSchema = z.object({ code: anyText, last4: anyText, rating: anyText, comment: anyText });
export type RateRequest = z.infer<typeof rateRequestSchema>;

export const rateFormSchema = z.object({
  ...lookupFields,
  rating: z.preprocess(
    (v) => (typeof v === "string" && v !== "" ? Number(v) : undefined),
    z
      .number({ message: "ratingRequired" })
      .int({ message: "ratingRequired" })
      .min(RATING_MIN, { message: "ratingRequired" })
      .max(RATING_MAX, { message: "ratingRequired" }),
  ),
  comment: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().max(RATING_COMMENT_MAX, { message: "commentTooLong" }),
  ),
});
