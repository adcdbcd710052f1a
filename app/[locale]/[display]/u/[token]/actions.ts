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

const CLOSING_STEPS = new Set<string>(["ANSWER_REFERRAL", "RETURN_REFERRAL"]);

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
    // An answer or a return closes the link: the page would now only say "closed",
    // so it is left as it is and the form shows the thank-you instead.
    if (!CLOSING_STEPS.has(step)) refresh();
    return step;
  },
  done: (step: UnitStepForm["step"]): FormState<{ step: string }> => ({
    status: "ok",
    message: `referrals.done.${step}`,
    data: { step },
  }),
});
