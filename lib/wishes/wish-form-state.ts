// What the wish form's Server Action hands its form beyond the shared FormState
// (lib/forms/form-state.ts): the confirmation. Rendered from the action's result,
// never from the URL, so the code is in no address bar, history or referrer.
export interface SubmittedWishData {
  trackingCode: string;
  /** Tracking the wish then asks for the phone's last four digits. */
  hasPhone: boolean;
  replyDays: number;
  /** A fresh key for "submit another wish". */
  nextIdempotencyKey: string;
}
