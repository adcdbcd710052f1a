// The unit's answer to a referral. The wish stays REFERRED: staff then settle it
// (the answer is enough) or escalate it (it needs the council).
import "server-only";
import { plainTriage } from "./triage-transition";

export const recordReferralOutcome = plainTriage<{ referralOutcome: string; internalNote?: string }>(
  "RECORD_REFERRAL_OUTCOME",
);
