// The tracking page's two forms (look up a wish; rate it) and the state their
// Server Actions hand back. Pure: the client component imports the types and
// limits, the actions parse with the schemas. Messages are keys under "track".
import { z } from "zod";
import type { WishAction, WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { RATING_MAX, RATING_MIN } from "./lifecycle";

export const RATING_COMMENT_MAX = 300;
/** Longest input still worth normalising; anything longer cannot be a code. */
export const TRACKING_INPUT_MAX = 40;

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

export const rateFormSchema = z.object({
  ...lookupFields,
  rating: z.preprocess(
    (v) => (typeof v === "string" && v !== "" ? Number(v) : undefined),
    z.number({ message: "ratingRequired" }).int({ message: "ratingRequired" }).min(RATING_MIN, { message: "ratingRequired" }).max(RATING_MAX, { message: "ratingRequired" }),
  ),
  comment: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().max(RATING_COMMENT_MAX, { message: "commentTooLong" }),
  ),
});

export type TrackField = "code" | "last4" | "rating" | "comment";
export type TrackErrors = Partial<Record<TrackField, string>>;

/** A date as the page shows it: machine-readable for <time>, and the text in Shenzhen time. */
export interface DateText {
  iso: string;
  text: string;
}

/**
 * What the browser receives about a wish: already localised and formatted on the
 * server, serialisable, and without any internal id or personal data beyond the
 * masked phone.
 */
export interface TrackedWishView {
  code: string;
  kind: WishKind;
  category: WishCategory;
  status: WishStatus;
  content: string;
  submittedAt: DateText;
  replyDueAt: DateText;
  maskedPhone: string | null;
  marketDay: { title: string } | null;
  stall: { name: string; number: number } | null;
  referral: { unit: string; dueAt: DateText | null } | null;
  council: { topic: string; decision: string | null; meetingAt: DateText } | null;
  reply: string | null;
  originalReply: string | null;
  /** For a duplicate: the state of the wish it was merged into. */
  originalStatus: WishStatus | null;
  satisfaction: number | null;
  canRate: boolean;
  timeline: { action: WishAction; status: WishStatus; note: string | null; at: DateText }[];
}

export type RatingResult = "rated" | "reopened" | "not-ratable";

/**
 * One state for both actions. `at` orders them: the page shows whichever of the
 * two forms answered last. `code` and `last4` are what the resident typed, sent
 * back so the inputs keep them (never put in the URL).
 */
export type TrackState =
  | { kind: "idle"; at: number }
  | { kind: "invalid"; at: number; code: string; last4: string; errors: TrackErrors; wish?: TrackedWishView }
  | { kind: "not-found"; at: number; code: string; last4: string }
  | { kind: "limited"; at: number; code: string; last4: string; minutes: number }
  | { kind: "found"; at: number; code: string; last4: string; wish: TrackedWishView; rating?: RatingResult };

export const initialTrackState: TrackState = { kind: "idle", at: 0 };


/** The first message key per field. */
export function firstErrors(error: z.ZodError): TrackErrors {
  const errors: TrackErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === "code" || field === "last4" || field === "rating" || field === "comment") && !errors[field]) {
      errors[field] = issue.message;
    }
  }
  return errors;
}
