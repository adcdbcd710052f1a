// The subdistrict's referral form (issue 14 §4): a wish of one of its
// communities, to a subdistrict-level unit, with a due date. The same fields
// and limits as the community's own refer form (lib/wishes/triage-schemas.ts).
import { z } from "zod";
import { dueDateField, optionalTextField, requiredChoiceField, TRIAGE_LIMITS } from "@/lib/wishes/triage-schemas";

export const referAcrossSchema = z.object({
  /** The wish (ContentForm's hidden "id"). */
  id: z.uuid({ message: "errors.notFound" }),
  expectedVersion: z.coerce.number().int().min(0),
  referralOrgId: requiredChoiceField("organizations").schema,
  referralDueAt: dueDateField().schema,
  publicNote: optionalTextField(TRIAGE_LIMITS.reply).schema,
  internalNote: optionalTextField(TRIAGE_LIMITS.note).schema,
});

export type ReferAcrossInput = z.infer<typeof referAcrossSchema>;
