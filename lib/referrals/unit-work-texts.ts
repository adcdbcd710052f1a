// The unit forms' texts, read on the server for the client component: one place
// for the link page and the account page.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { UnitWorkTexts } from "@/components/referrals/unit-referral-work";
import { canTakeReferralStep, UNIT_STEPS, type UnitStep } from "./referral-steps";
import type { UnitReferralView } from "./unit-referral-query";

export async function unitWorkTexts(locale: string): Promise<UnitWorkTexts> {
  const t = await getTranslations({ locale, namespace: "referrals.forms" });
  const steps = Object.fromEntries(UNIT_STEPS.map((s) => [s, { heading: t(s), submit: t(`submit.${s}`) }])) as Record<
    UnitStep,
    { heading: string; submit: string }
  >;
  return {
    heading: t("heading"),
    steps,
    acceptHint: t("acceptHint"),
    publicReply: t("publicReply"),
    publicReplyHint: t("publicReplyHint"),
    internalNote: t("internalNote"),
    internalNoteHint: t("internalNoteHint"),
    extensionUntil: t("extensionUntil"),
    extensionReason: t("extensionReason"),
    extensionReasonHint: t("extensionReasonHint"),
    returnReason: t("returnReason"),
    returnReasonHint: t("returnReasonHint"),
  };
}

/** The unit's steps the referral allows now; none once it is closed or the wish left REFERRED. */
export function unitStepsFor(view: UnitReferralView): UnitStep[] {
  if (view.closedAt || view.wishStatus !== "REFERRED") return [];
  return UNIT_STEPS.filter((s) =>
    canTakeReferralStep(s, {
      status: view.status,
      extensionRequestedAt: view.extension?.requestedAt ?? null,
      contactGrantedAt: null,
    }),
  );
}
