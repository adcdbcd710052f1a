"use server";
// The receiving unit's forms behind its signed link (issue 14): accept, answer,
// ask for more time, send back. The token travels in the POST body and is
// checked again on every post (lib/referrals/unit-access.ts): a closed,
// expired or tampered link writes nothing. No account, so the public wrapper,
// with the tracking page's limits: a link is a look-up without typing.
import { refresh } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { publicAction, type RequestIdentity } from "@/lib/forms/public-action";
import { takeUnitStep } from "@/lib/referrals/take-unit-step";
import { unitStepFields, unitStepSchema, type UnitStepForm } from "@/lib/referrals/unit-step-schema";
import { trackLimits, waitFor } from "@/lib/wishes/wish-limits";

const limit = (identity: RequestIdentity) => waitFor(trackLimits(identity));

export const unitLinkStepAction = publicAction({
  name: "unit referral step by link",
  limit,
  messages: "referrals.errors",
  schema: z.intersection(z.object({ token: z.string().catch("") }), unitStepSchema),
  run: async (form) => {
    const { token, ...rest } = form;
    const { step, expectedVersion, fields } = unitStepFields(rest);
    await takeUnitStep({ kind: "link", token }, { step, expectedVersion, fields });
    // After an answer or a return the page shows the closed link, which says what
    // became of the referral and thanks the unit.
    refresh();
    return step;
  },
  done: (step: UnitStepForm["step"]): FormState<{ step: string }> => ({
    status: "ok",
    message: `referrals.done.${step}`,
    data: { step },
  }),
});
