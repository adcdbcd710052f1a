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
import { textOf, type FormInput } from "@/lib/forms/read-form";
import { staffAction } from "@/lib/forms/staff-action";
import { localePath } from "@/lib/i18n/paths";

/**
 * What the forms on a meeting's page share: the meeting or item they name is
 * looked up first (another community's gets 403 before anything is parsed),
 * their messages are the council's, and the page re-renders after a success.
 */
function onRecord(
  name: string,
  field: "meetingId" | "itemId",
  community: (id: string) => Promise<{ communityId: string } | null>,
) {
  return {
    name,
    record: (input: FormInput) => community(textOf(input, field)),
    messages: "adminCouncil",
    refreshPage: true,
  } as const;
}

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
  permission: "council.manage",
  ...onRecord("update council meeting", "meetingId", meetingCommunity),
  schema: meetingUpdateSchema,
  run: (actor, { meetingId, ...data }) => updateMeeting(actor, meetingId, data),
  // The page around the form (title, status) shows the saved values.
  done: (_, { values }) => ({ status: "ok", message: "adminCouncil.messages.saved", values }),
});

export const addCouncilItemAction = staffAction({
  permission: "council.manage",
  ...onRecord("add council item", "meetingId", meetingCommunity),
  schema: newItemSchema,
  run: (actor, { meetingId, ...data }) => createCouncilItem(actor, meetingId, data),
  // No values back: an empty form for the next topic.
  done: () => ({ status: "ok", message: "adminCouncil.messages.itemAdded" }),
});

export const recordCouncilDecisionAction = staffAction({
  permission: "council.manage",
  ...onRecord("record council decision", "itemId", councilItemCommunity),
  schema: decisionSchema,
  run: (actor, data) => recordCouncilDecision(actor, data),
  done: ({ decidedWishIds, skippedWishIds }) => ({
    status: "ok",
    message: skippedWishIds.length > 0 ? "adminCouncil.messages.decidedSkipped" : "adminCouncil.messages.decided",
    messageValues: { decided: decidedWishIds.length, skipped: skippedWishIds.length },
  }),
});
