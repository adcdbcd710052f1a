// The unit's answer to a referral. The wish stays REFERRED: staff then settle it
// (the answer is enough) or escalate it (it needs the council).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { runTriage } from "./triage-transition";

export interface RecordReferralOutcomeInput {
  wishId: string;
  expectedVersion: number;
  referralOutcome: string;
  internalNote?: string;
}

export function recordReferralOutcome(actor: Actor | null, input: RecordReferralOutcomeInput) {
  return runTriage(actor, {
    wishId: input.wishId,
    expectedVersion: input.expectedVersion,
    action: "RECORD_REFERRAL_OUTCOME",
    fields: { referralOutcome: input.referralOutcome, internalNote: input.internalNote },
  });
}
