"use server";

// The follow-up queue's one Server Action: session → permission (with the
// wish's community) → parse → service. Thin on purpose: the rules live in
// lib/follow-up/record-follow-up.ts.
import { textOf, type FormInput } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { FOLLOW_UP_MESSAGES, recordFollowUpSchema } from "@/lib/follow-up/follow-up-schema";
import { recordFollowUp, type FollowUpResult } from "@/lib/follow-up/record-follow-up";
import { findWishCommunity } from "@/lib/wishes/staff-wish-query";

export const recordFollowUpAction = staffAction({
  name: "record follow-up",
  permission: "wish.followUp",
  record: (input: FormInput) => findWishCommunity(textOf(input, "wishId")),
  schema: recordFollowUpSchema,
  messages: FOLLOW_UP_MESSAGES,
  run: (actor, data) => recordFollowUp(actor, data),
  done: (result: FollowUpResult) => ({ status: "ok", message: `adminFollowUp.done.${result}` }),
  refreshPage: true,
});
