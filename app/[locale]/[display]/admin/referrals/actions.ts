"use server";
// A UNIT account's forms on one of its referrals (issue 14): the same steps as
// the signed link, with the account's session instead of the token. The
// permission is referral.work; unitAccess then checks the referral is the
// account's organisation's, in its community.
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { staffAction } from "@/lib/forms/staff-action";
import { takeUnitStep } from "@/lib/referrals/take-unit-step";
import { unitStepFields, unitStepSchema, type UnitStepForm } from "@/lib/referrals/unit-step-schema";

export const unitAccountStepAction = staffAction({
  name: "unit referral step",
  permission: "referral.work",
  messages: "referrals.errors",
  schema: z.intersection(z.object({ referralId: z.string().catch("") }), unitStepSchema),
  run: async (actor, form) => {
    const { referralId, ...rest } = form;
    const { step, expectedVersion, fields } = unitStepFields(rest);
    await takeUnitStep({ kind: "account", actor }, { referralId, step, expectedVersion, fields });
    return step;
  },
  done: (step: UnitStepForm["step"]): FormState<{ step: string }> => ({
    status: "ok",
    message: `referrals.done.${step}`,
    data: { step },
  }),
  refreshPage: true,
});
