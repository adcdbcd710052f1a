// Which events of a wish's life the resident hears about. Everything else (notes,
// categories, contact corrections, ratings) stays between staff: a message per
// keystroke would teach residents to ignore them. RATING_REQUEST has no action:
// the follow-up (回访) queue sends it on its own schedule.
import type { NotificationKind, WishAction } from "@/lib/db/generated/enums";

const KIND_OF_ACTION: Partial<Record<WishAction, NotificationKind>> = {
  SUBMIT: "RECEIPT",
  REFER: "REFERRAL",
  HANDLE_ON_SITE: "REPLY",
  SETTLE: "REPLY",
  RECORD_COUNCIL_DECISION: "DECISION",
  REOPEN: "REOPEN",
  // Issue 14: the unit's answer is the reply; a re-route names the new unit; an
  // approved extension tells the resident the new date and why.
  ANSWER_REFERRAL: "REPLY",
  REROUTE: "REFERRAL",
  APPROVE_EXTENSION: "EXTENSION",
};

/** The message an action sends, or null when it sends none. */
export function notificationKindFor(action: WishAction): NotificationKind | null {
  return KIND_OF_ACTION[action] ?? null;
}
