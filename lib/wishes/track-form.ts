// What the tracking page's client components share with the server: limits,
// and the already localised view of a wish the actions hand back. No zod here:
// the page's JavaScript stays small (the schemas are in track-form-schema.ts).
import type { WishAction, WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";

export const RATING_COMMENT_MAX = 300;
/** Longest input still worth normalising; anything longer cannot be a code. */
export const TRACKING_INPUT_MAX = 40;

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
  /** Null until staff categorise it (residents may leave it to them). */
  category: WishCategory | null;
  status: WishStatus;
  /** Still being worked on (the life cycle's open states): the page says when a reply is due. */
  open: boolean;
  content: string;
  submittedAt: DateText;
  replyDueAt: DateText;
  maskedPhone: string | null;
  marketDay: { title: string } | null;
  stall: { name: string; number: number } | null;
  referral: { unit: string; dueAt: DateText | null; since: DateText | null; acceptedAt: DateText | null } | null;
  /** Sent back by its unit: the community is finding the right one. */
  rerouting: boolean;
  /** dueAt: when the decided work is due (DECIDED wishes show it). */
  council: { topic: string; decision: string | null; meetingAt: DateText; dueAt: DateText | null } | null;
  reply: string | null;
  originalReply: string | null;
  /** For a duplicate: the state of the wish it was merged into. */
  originalStatus: WishStatus | null;
  satisfaction: number | null;
  canRate: boolean;
  timeline: { action: WishAction; status: WishStatus; note: string | null; at: DateText }[];
}

/** What both tracking actions hand the page on success: the wish as its resident sees it. */
export interface TrackData {
  wish: TrackedWishView;
}
