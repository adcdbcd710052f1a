// Staff triage of one wish, described once per action.
//
// Each action staff take from the wish page has ONE entry in TRIAGE_FORMS, keyed
// by its WishAction: its fields (name → kind, limit, requiredness, hint, where a
// select's choices come from), any rule across fields, and the service it runs.
// Everything else is derived from that entry:
// - the schema the action parses (the fields' own schemas, wishId and
//   expectedVersion, and the rule);
// - ONE Server Action, triageWishAction (app/…/admin/wishes/actions.ts). The
//   form names its action in a hidden "wishAction" field; triageInputSchema accepts
//   it only when the transition table lets staff take it and it has an entry
//   here, then parses the rest with that entry's schema and binds its service;
// - the wish page's forms (components/admin/wishes/wish-actions.tsx), one for
//   each action the wish's state allows (lifecycle.allowedActions), whose
//   texts are found by convention: adminWishes.actions.<ACTION> (heading),
//   .submit.<ACTION> (button), .done.<ACTION> (success), .form.<field>[Hint].
//
// So adding a triage action touches the transition table (lifecycle.ts), its
// service, and its entry here (plus its texts in adminWishes.json). The compiler
// wants an entry for every action the table lets staff take, unless
// TAKEN_ELSEWHERE says where staff take it instead; tests/unit/triage-forms.test.ts
// checks the same, and that every text exists.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { WishAction } from "@/lib/db/generated/enums";
import { addNote } from "./add-note";
import { categoriseWish } from "./categorise-wish";
import { escalateWish } from "./escalate-wish";
import { handleOnSite } from "./handle-on-site";
import { isWorkingDayDate } from "@/lib/deadlines/deadline-targets";
import { canActorTake, type WISH_TRANSITIONS } from "./lifecycle";
import { markDuplicate } from "./mark-duplicate";
import { recordReferralOutcome } from "./record-referral-outcome";
import { referWish } from "./refer-wish";
import { reopenWish } from "./reopen-wish";
import { settleWish } from "./settle-wish";
import { approveExtension, grantContact, refuseExtension, rerouteReferral } from "@/lib/referrals/steer-referral";
import {
  NEW_COUNCIL_ITEM,
  TRIAGE_LIMITS,
  categoryField,
  choiceField,
  councilItemField,
  dueDateField,
  optionalTextField,
  requiredChoiceField,
  requiredTextField,
  type TriageField,
  type TriageFieldUi,
  WITH_FIELD_ERRORS,
} from "./triage-schemas";

/** Actions the transition table lets staff take. */
export type StaffWishAction = {
  [A in WishAction]: "STAFF" extends (typeof WISH_TRANSITIONS)[A]["actors"][number] ? A : never;
}[WishAction];

/** Staff actions that are not a form of the wish page, and where staff take them. */
export const TAKEN_ELSEWHERE = {
  SUBMIT: "the on-site entry form (/admin/wishes/new), which may settle the wish at once",
  RECORD_COUNCIL_DECISION: "the council page, for all of an agenda item's wishes at once",
  RATE: "the follow-up queue (/admin/follow-up, lib/follow-up/record-follow-up.ts), behind wish.followUp",
  FOLLOW_UP_UNREACHED:
    "the follow-up queue (/admin/follow-up, lib/follow-up/record-follow-up.ts), behind wish.followUp",
  CORRECT_CONTACT: "the contact panel's correction form (lib/wishes/correct-contact.ts), behind wish.editContact",
  ERASE_CONTACT: "the contact panel's erase form (lib/wishes/erase-contact.ts), behind wish.editContact",
} as const satisfies Partial<Record<StaffWishAction, string>>;

export type TriageFormAction = Exclude<StaffWishAction, keyof typeof TAKEN_ELSEWHERE>;

export interface TriageForm<S extends z.ZodType = z.ZodType> {
  /** In the order the form shows them. */
  fields: Readonly<Record<string, TriageFieldUi>>;
  schema: S;
  // Method syntax on purpose: an entry widens to TriageForm for the generic
  // action, which only ever hands `run` what the same entry's schema parsed.
  run(actor: Actor, data: z.output<S>): Promise<unknown>;
}

const wishRef = {
  wishId: z.uuid({ message: "errors.notFound" }),
  expectedVersion: z.coerce.number().int().min(0),
};

type Shape<F extends Record<string, TriageField>> = typeof wishRef & { [K in keyof F]: F[K]["schema"] };
type Parsed<F extends Record<string, TriageField>> = z.output<z.ZodObject<Shape<F>>>;

function triageForm<F extends Record<string, TriageField>>(spec: {
  fields: F;
  /** A rule across fields, with issues on the field to fix. */
  check?: (value: Parsed<F>, ctx: z.RefinementCtx<Parsed<F>>) => void;
  run: (actor: Actor, data: Parsed<F>) => Promise<unknown>;
}): TriageForm<z.ZodObject<Shape<F>>> {
  const entries = Object.entries(spec.fields);
  const shape = { ...wishRef, ...Object.fromEntries(entries.map(([name, field]) => [name, field.schema])) } as Shape<F>;
  const object = z.object(shape);
  return {
    fields: Object.fromEntries(entries.map(([name, field]) => [name, field.ui])),
    schema: spec.check ? object.superRefine(spec.check, WITH_FIELD_ERRORS) : object,
    run: spec.run,
  };
}

const reply = requiredTextField(TRIAGE_LIMITS.reply, { hint: true });
const internalNote = optionalTextField(TRIAGE_LIMITS.note, { hint: true });
const publicNote = optionalTextField(TRIAGE_LIMITS.note, { hint: true });
const reason = requiredTextField(TRIAGE_LIMITS.note, { hint: true });

export const TRIAGE_FORMS = {
  HANDLE_ON_SITE: triageForm({ fields: { publicReply: reply, internalNote }, run: handleOnSite }),

  REFER: triageForm({
    fields: {
      referralOrgId: choiceField("organizations"),
      referralDepartment: optionalTextField(TRIAGE_LIMITS.department, { hint: true, line: true }),
      referralDueAt: dueDateField(),
      publicNote,
      internalNote,
    },
    check(value, ctx) {
      if (!value.referralOrgId && !value.referralDepartment) {
        ctx.addIssue({ code: "custom", path: ["referralOrgId"], message: "errors.referralTarget" });
      }
    },
    run: referWish,
  }),

  RECORD_REFERRAL_OUTCOME: triageForm({
    fields: { referralOutcome: requiredTextField(TRIAGE_LIMITS.outcome), internalNote },
    run: recordReferralOutcome,
  }),

  // An existing item, or a new one: NEW_COUNCIL_ITEM (or no item) with a meeting and a topic.
  ESCALATE: triageForm({
    fields: {
      councilItemId: councilItemField(),
      meetingId: choiceField("meetings", { hint: true }),
      topic: optionalTextField(TRIAGE_LIMITS.topic, { hint: true, line: true }),
      publicNote,
      internalNote,
    },
    check(value, ctx) {
      if (value.councilItemId && value.councilItemId !== NEW_COUNCIL_ITEM) return;
      if (!value.councilItemId && !value.meetingId && !value.topic) {
        ctx.addIssue({ code: "custom", path: ["councilItemId"], message: "errors.councilTarget" });
        return;
      }
      if (!value.meetingId) ctx.addIssue({ code: "custom", path: ["meetingId"], message: "errors.required" });
      if (!value.topic) ctx.addIssue({ code: "custom", path: ["topic"], message: "errors.required" });
    },
    run: (actor, { councilItemId, meetingId, topic, ...rest }) =>
      escalateWish(actor, {
        ...rest,
        // The check above leaves a meeting and a topic whenever there is no item.
        target:
          councilItemId && councilItemId !== NEW_COUNCIL_ITEM
            ? { councilItemId }
            : { meetingId: meetingId ?? "", topic: topic ?? "" },
      }),
  }),

  SETTLE: triageForm({ fields: { publicReply: reply, internalNote }, run: settleWish }),

  REOPEN: triageForm({ fields: { internalNote: reason, publicNote }, run: reopenWish }),

  MARK_DUPLICATE: triageForm({
    fields: { originalCode: requiredTextField(TRIAGE_LIMITS.code, { hint: true, line: true }), internalNote },
    run: markDuplicate,
  }),

  CATEGORISE: triageForm({ fields: { category: categoryField(), internalNote }, run: categoriseWish }),

  ADD_NOTE: triageForm({ fields: { internalNote: reason, publicNote }, run: addNote }),

  // Staff's steps on the open referral (issue 14, lib/referrals/steer-referral.ts).
  // The page shows each only when the referral is in the shape it needs
  // (lib/referrals/referral-steps.ts canTakeReferralStep).
  REROUTE: triageForm({
    fields: {
      referralOrgId: requiredChoiceField("organizations"),
      referralDueAt: dueDateField(),
      publicNote,
      internalNote,
    },
    run: rerouteReferral,
  }),

  APPROVE_EXTENSION: triageForm({
    fields: { referralDueAt: dueDateField(), publicNote: reason, internalNote },
    run: approveExtension,
  }),

  REFUSE_EXTENSION: triageForm({ fields: { internalNote: reason }, run: refuseExtension }),

  GRANT_CONTACT: triageForm({ fields: { internalNote }, run: grantContact }),
} satisfies Record<TriageFormAction, TriageForm>;

/** An action the wish page has a form for, and the table lets staff take. */
export function isTriageFormAction(value: unknown): value is TriageFormAction {
  return typeof value === "string" && Object.hasOwn(TRIAGE_FORMS, value) && canActorTake(value as WishAction, "STAFF");
}

/** The success message, heading and button of an action's form. */
export const triageText = (action: TriageFormAction) => ({
  heading: `adminWishes.actions.${action}`,
  submit: `adminWishes.submit.${action}`,
  done: `adminWishes.done.${action}`,
});

/**
 * The generic action's input: the action's name, then its own form parsed by
 * its entry's schema. The result is the service call, ready for the actor.
 */
export const triageInputSchema = z.looseObject({ wishAction: z.unknown() }).transform((input, ctx) => {
  const action = input.wishAction;
  if (!isTriageFormAction(action)) {
    ctx.addIssue({ code: "custom", path: [], message: "errors.unknownAction" });
    return z.NEVER;
  }
  const form: TriageForm = TRIAGE_FORMS[action];
  const parsed = form.schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
  // Deadlines run in working days (lib/deadlines): a due date staff choose never
  // falls on a weekend or public holiday. Here, on the server: the calendar is
  // server-only, and the field's own schema is shared with client forms.
  const due = (parsed.data as { referralDueAt?: unknown }).referralDueAt;
  if (due instanceof Date && !isWorkingDayDate(due)) {
    ctx.addIssue({ code: "custom", path: ["referralDueAt"], message: "errors.notWorkingDay" });
    return z.NEVER;
  }
  return { action, run: (actor: Actor) => form.run(actor, parsed.data) };
});
