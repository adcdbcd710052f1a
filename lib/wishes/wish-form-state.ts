// The one state the wish form's Server Action returns, shared by the action and
// the form. With JavaScript off the server renders the form from it, so it
// carries everything the page needs: the typed values and errors (Conform's
// SubmissionResult), or the confirmation.
import type { SubmissionResult } from "@conform-to/react";

/** Form-level problems: i18n keys under "wishForm.errors". */
export type WishFormErrorKey = "form.rateLimited" | "form.failed" | "form.rejected" | "form.expired";

export type WishFormState =
  | { status: "idle" }
  | {
      status: "invalid";
      /** Values as typed, field errors (i18n keys) and form errors (WishFormErrorKey). */
      result: SubmissionResult<string[]>;
      /** The key for the next attempt: the same one, so a retry can never store the wish twice. */
      idempotencyKey: string;
      retryAfterSeconds?: number;
    }
  | {
      status: "submitted";
      trackingCode: string;
      /** Tracking the wish then asks for the phone's last four digits. */
      hasPhone: boolean;
      replyDays: number;
      /** A fresh key for "submit another wish": a new wish, never a replay of this one. */
      nextIdempotencyKey: string;
    };

export const initialWishFormState: WishFormState = { status: "idle" };
