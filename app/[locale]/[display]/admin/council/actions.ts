"use server";

// Council Server Actions, made with the shared wrapper: session → council.manage
// (with the named meeting's or item's community) → parse → service → state.
// The services check the record's community again when they write.
import { redirect } from "next/navigation";
import { createCouncilItem } from "@/lib/council/create-council-item";
import { createMeeting } from "@/lib/council/create-meeting";
import { decisionSchema, meetingSchema, meetingUpdateSchema, newItemSchema } from "@/lib/council/meeting-schema";
import { councilItemCommunity, meetingCommunity } from "@/lib/council/queries";
import { recordCouncilDecision } from "@/lib/council/record-council-decision";
import { updateMeeting } from "@/lib/council/update-meeting";
import { textOf } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { localePath } from "@/lib/i18n/paths";

export const createMeetingAction = staffAction({
  name: "create council meeting",
  permission: "council.manage",
  schema: meetingSchema,
  messages: "adminCouncil",
  run: (actor, data) => createMeeting(actor, data),
  // The new meeting's own page, where its agenda is prepared.
  done: ({ id }, { locale }) => redirect(localePath(locale, `/admin/council/${id}?created=1`)),
});

export const updateMeetingAction = staffAction({
  name: "update council meeting",
  permission: "council.manage",
  record: (input) => meetingCommunity(textOf(input, "meetingId")),
  schema: meetingUpdateSchema,
  messages: "adminCouncil",
  run: (actor, { meetingId, ...data }) => updateMeeting(actor, meetingId, data),
  // The page around the form (title, status) shows the saved values.
  refreshPage: true,
  done: (_, { values }) => ({ status: "ok", message: "adminCouncil.messages.saved", values }),
});

export const addCouncilItemAction = staffAction({
  name: "add council item",
  permission: "council.manage",
  record: (input) => meetingCommunity(textOf(input, "meetingId")),
  schema: newItemSchema,
  messages: "adminCouncil",
  run: (actor, { meetingId, ...data }) => createCouncilItem(actor, meetingId, data),
  refreshPage: true,
  // No values back: an empty form for the next topic.
  done: () => ({ status: "ok", message: "adminCouncil.messages.itemAdded" }),
});

export const recordCouncilDecisionAction = staffAction({
  name: "record council decision",
  permission: "council.manage",
  record: (input) => councilItemCommunity(textOf(input, "itemId")),
  schema: decisionSchema,
  messages: "adminCouncil",
  run: (actor, data) => recordCouncilDecision(actor, data),
  refreshPage: true,
  done: ({ settledWishIds, skippedWishIds }) => ({
    status: "ok",
    message: skippedWishIds.length > 0 ? "adminCouncil.messages.decidedSkipped" : "adminCouncil.messages.decided",
    messageValues: { settled: settledWishIds.length, skipped: skippedWishIds.length },
  }),
});
