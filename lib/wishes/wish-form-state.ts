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
  /** An assistance request, repeated back so the resident can check it. */
  assistance?: AssistanceSummary;
}

export interface AssistanceSummary {
  /** When help is needed, as the resident reads it ("2026年12月19日星期六 13:30"). */
  neededAt: string;
  pickupAddress?: string;
  destination?: string;
  returnTrip?: boolean;
  /** Needed before the usual reply target: no "replied within N days", a call as soon as possible. */
  soon: boolean;
}
