// The life cycle of a micro-wish (微心愿) as data.
//
// Everything that changes a wish goes through one table: which action may be taken
// from which state, the state it leads to, the fields it cannot do without, the
// milestone timestamps it stamps and who may take it. The transition service, the
// staff UI (which buttons to show), the seed and the tests all read this table, so
// the rules live in exactly one place and can be reviewed at a glance.
//
// The module is pure (no I/O, no Prisma client) so it can run in client components
// and in unit tests alike; it only imports the generated enum constants and the
// forms layer's plain error class.
//
// Versioning rule, shared by the transition service and the seed: every event after
// SUBMIT increments Wish.version by one, so `version = number of events − 1`. Notes
// bump it too on purpose: a colleague's note ("wait, the unit is calling back") is
// exactly what a stale form should be told about before it settles the wish.
import { ActorType, WishAction, WishStatus } from "../db/generated/enums";
import { ActionError } from "../forms/action-error";

/** Key used in the table for "no wish yet": SUBMIT is the only action from here. */
export const NEW_WISH = "NEW" as const;
export type FromState = WishStatus | typeof NEW_WISH;

/**
 * Inputs an action may need. Most are Wish columns; `publicNote`/`internalNote`
 * land on the WishEvent. `kind`, `category` and `content` are the submission form
 * (the category optional: staff categorise a wish a resident could not place).
 */
export type TransitionField =
  | "content"
  | "kind"
  | "category"
  | "publicReply"
  | "referralOrgId"
  | "referralDepartment"
  | "referralDueAt"
  | "referralOutcome"
  | "councilItemId"
  | "duplicateOfId"
  | "satisfaction"
  | "ratingSource"
  | "publicNote"
  | "internalNote"
  /** The date a unit asks for in an extension request (延期); not a Wish column. */
  | "extensionUntil";

/** Milestone columns on Wish (see the schema): cheap report figures and medians. */
export type Milestone = "firstReplyAt" | "handledOnSiteAt" | "referredAt" | "escalatedAt" | "settledAt" | "ratedAt";

/**
 * "first": stamped once and never moved (the report counts wishes that were ever
 * referred, and the 48-hour figure measures the first reply only).
 * "latest": moved on every occurrence (after a reopen, settledAt is the last
 * settlement, so "one rating per settlement" is simply ratedAt < settledAt).
 */
export type MilestoneMode = "first" | "latest";

export interface TransitionRule {
  /** from-state → resulting state. A missing from-state means "forbidden". */
  readonly transitions: Readonly<Partial<Record<FromState, WishStatus>>>;
  /** Each inner list is "at least one of": [["referralOrgId", "referralDepartment"]]. */
  readonly requires: readonly (readonly TransitionField[])[];
  readonly milestones: Readonly<Partial<Record<Milestone, MilestoneMode>>>;
  readonly actors: readonly ActorType[];
}

const { SUBMITTED, REFERRED, ESCALATED, DECIDED, SETTLED, REOPENED, DUPLICATE } = WishStatus;
const { RESIDENT, STAFF, SYSTEM, UNIT } = ActorType;

export const WISH_TRANSITIONS = {
  // A wish comes into being. Staff type in wishes collected at a stall (ON_SITE),
  // residents submit the web form themselves.
  SUBMIT: {
    transitions: { [NEW_WISH]: SUBMITTED },
    // No category: a resident may leave it to staff, who categorise later.
    requires: [["content"], ["kind"]],
    milestones: {},
    actors: [RESIDENT, STAFF],
  },

  // 现场办理: answered and settled at the stall. The reply is the whole point of
  // the action, so it is required; it is also the first reply and the settlement.
  HANDLE_ON_SITE: {
    transitions: { [SUBMITTED]: SETTLED, [REOPENED]: SETTLED },
    requires: [["publicReply"]],
    milestones: { handledOnSiteAt: "first", firstReplyAt: "first", settledAt: "latest" },
    actors: [STAFF],
  },

  // 转办: handed to a partner unit or a named department with a due date. Telling the
  // resident where the wish went counts as the first reply (事事有回音): the
  // tracking page shows the unit and the due date from this event.
  // From ESCALATED or DECIDED: a council may decide that one unit should carry
  // the work out.
  REFER: {
    transitions: { [SUBMITTED]: REFERRED, [REOPENED]: REFERRED, [ESCALATED]: REFERRED, [DECIDED]: REFERRED },
    requires: [["referralOrgId", "referralDepartment"], ["referralDueAt"]],
    milestones: { referredAt: "first", firstReplyAt: "first" },
    actors: [STAFF],
  },

  // The unit's answer is recorded but the wish stays with the unit: staff still
  // decide whether the answer settles it (SETTLE) or needs the council (ESCALATE).
  RECORD_REFERRAL_OUTCOME: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["referralOutcome"]],
    milestones: {},
    actors: [STAFF],
  },

  // Focal issue of wide impact → agenda item of the joint council (党群联席议事会).
  // The item must exist first, so several wishes can share it.
  ESCALATE: {
    transitions: { [SUBMITTED]: ESCALATED, [REFERRED]: ESCALATED, [REOPENED]: ESCALATED },
    requires: [["councilItemId"]],
    milestones: { escalatedAt: "first", firstReplyAt: "first" },
    actors: [STAFF],
  },

  // A decision is not the work done (issue 16): the council's decision moves every
  // linked wish ESCALATED → DECIDED (决定待落实) with the decision as its public
  // reply and the item's due date on the tracking page. Applying one item's
  // decision to all its wishes in one go keeps them consistent. The wish is settled,
  // and the resident asked to rate, only when staff mark the work done (SETTLE from
  // DECIDED); when the decision is "unit X does the work", staff REFER it instead.
  RECORD_COUNCIL_DECISION: {
    transitions: { [ESCALATED]: DECIDED },
    requires: [["publicReply"]],
    milestones: { firstReplyAt: "first" },
    actors: [STAFF],
  },

  // 办结 with a reply, from any open state. From SUBMITTED covers web wishes that
  // are answered without a market-day stall.
  SETTLE: {
    transitions: {
      [SUBMITTED]: SETTLED,
      [REFERRED]: SETTLED,
      [ESCALATED]: SETTLED,
      [DECIDED]: SETTLED,
      [REOPENED]: SETTLED,
    },
    requires: [["publicReply"]],
    milestones: { firstReplyAt: "first", settledAt: "latest" },
    actors: [STAFF],
  },

  // Staff reopen a settled wish with a reason; the system does it after a low
  // rating (see ratingReopensWish). Only settled wishes can be reopened: an open
  // wish is already being worked on.
  REOPEN: {
    transitions: { [SETTLED]: REOPENED },
    requires: [["publicNote", "internalNote"]],
    milestones: {},
    actors: [STAFF, SYSTEM],
  },

  // Only before any work starts (SUBMITTED) or when it restarts (REOPENED): once a
  // wish is referred or escalated, a unit or the council holds it, and merging
  // would silently drop their thread.
  MARK_DUPLICATE: {
    transitions: { [SUBMITTED]: DUPLICATE, [REOPENED]: DUPLICATE },
    requires: [["duplicateOfId"]],
    milestones: {},
    actors: [STAFF],
  },

  // Staff set or correct the category: residents may leave it to them (issue 16),
  // and the reports count by category. The state stays; like a note it bumps the
  // version, so a form opened before the change is told. Not on a duplicate: the
  // original wish is the one counted.
  CATEGORISE: {
    transitions: {
      [SUBMITTED]: SUBMITTED,
      [REFERRED]: REFERRED,
      [ESCALATED]: ESCALATED,
      [DECIDED]: DECIDED,
      [SETTLED]: SETTLED,
      [REOPENED]: REOPENED,
    },
    requires: [["category"]],
    milestones: {},
    actors: [STAFF],
  },

  // Allowed in every state, including DUPLICATE. DUPLICATE is terminal for
  // everything else: the resident follows the original wish (the tracking page
  // links to it), so one problem has one thread of replies. There is deliberately
  // no "un-duplicate": going back would need the state before the marking, which a
  // transition table cannot know; a wrong marking is explained in a note and the
  // original wish answers the resident.
  ADD_NOTE: {
    transitions: {
      [SUBMITTED]: SUBMITTED,
      [REFERRED]: REFERRED,
      [ESCALATED]: ESCALATED,
      [DECIDED]: DECIDED,
      [SETTLED]: SETTLED,
      [REOPENED]: REOPENED,
      [DUPLICATE]: DUPLICATE,
    },
    requires: [["publicNote", "internalNote"]],
    milestones: {},
    actors: [STAFF],
  },

  // PIPL: the resident asked staff to correct their contact details. The state
  // stays; the event says that (never what) was corrected, and bumps the version.
  CORRECT_CONTACT: {
    transitions: {
      [SUBMITTED]: SUBMITTED,
      [REFERRED]: REFERRED,
      [ESCALATED]: ESCALATED,
      [DECIDED]: DECIDED,
      [SETTLED]: SETTLED,
      [REOPENED]: REOPENED,
      [DUPLICATE]: DUPLICATE,
    },
    requires: [],
    milestones: {},
    actors: [STAFF],
  },

  // PIPL: contact details erased, on the resident's request (STAFF) or when the
  // retention period ends (SYSTEM, lib/privacy/purge-personal-data.ts). In every
  // state: a wish still open after a year keeps going, without a way to call.
  ERASE_CONTACT: {
    transitions: {
      [SUBMITTED]: SUBMITTED,
      [REFERRED]: REFERRED,
      [ESCALATED]: ESCALATED,
      [DECIDED]: DECIDED,
      [SETTLED]: SETTLED,
      [REOPENED]: REOPENED,
      [DUPLICATE]: DUPLICATE,
    },
    requires: [],
    milestones: {},
    actors: [STAFF, SYSTEM],
  },

  // 回访: the resident (tracking page) or staff (phone follow-up) record a 1–5
  // rating. The rating itself never changes the state; a low one is followed by a
  // SYSTEM REOPEN in the same transaction, so both steps show in the history.
  // ratingSource says whose it was, so reports can count both together.
  RATE: {
    transitions: { [SETTLED]: SETTLED },
    requires: [["satisfaction"], ["ratingSource"]],
    milestones: { ratedAt: "latest" },
    actors: [RESIDENT, STAFF],
  },

  // 回访未接通: staff called and nobody answered. The wish stays settled and in
  // the follow-up queue, which counts these events since the latest settlement
  // (lib/follow-up/follow-up-queue.ts); like a note it bumps the version, so two
  // staff calling the same resident at once are told.
  FOLLOW_UP_UNREACHED: {
    transitions: { [SETTLED]: SETTLED },
    requires: [],
    milestones: {},
    actors: [STAFF],
  },

  // ── The receiving unit's steps (issue 14, lib/referrals). Each names the open
  // referral (WishEvent.referralId); the service checks the unit holds it.

  // 签收: the unit has it. Bumps the version like a note, so staff see it.
  ACCEPT_REFERRAL: {
    transitions: { [REFERRED]: REFERRED },
    requires: [],
    milestones: {},
    actors: [UNIT],
  },

  // The unit's answer settles the wish (referred means answered): the resident
  // reads it, is asked to rate it, and a low rating reopens the wish as ever.
  ANSWER_REFERRAL: {
    transitions: { [REFERRED]: SETTLED },
    requires: [["publicReply"]],
    milestones: { firstReplyAt: "first", settledAt: "latest" },
    actors: [UNIT],
  },

  // 延期: more time, with a reason and a date. Staff decide; until then the due
  // date stands.
  REQUEST_EXTENSION: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["extensionUntil"], ["internalNote"]],
    milestones: {},
    actors: [UNIT],
  },

  // The new due date goes on the wish; the public note (the reason) goes to the resident.
  APPROVE_EXTENSION: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["referralDueAt"], ["publicNote"]],
    milestones: {},
    actors: [STAFF],
  },

  REFUSE_EXTENSION: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["internalNote"]],
    milestones: {},
    actors: [STAFF],
  },

  // 退单: not theirs. The wish stays REFERRED, held by the community (no unit)
  // until staff re-route it; the due date keeps running, so it shows as overdue.
  RETURN_REFERRAL: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["internalNote"]],
    milestones: {},
    actors: [UNIT],
  },

  // 改派: a returned or stalled referral goes to another unit, with a new due date.
  REROUTE: {
    transitions: { [REFERRED]: REFERRED },
    requires: [["referralOrgId"], ["referralDueAt"]],
    milestones: {},
    actors: [STAFF],
  },

  // Staff let the unit see the resident's contact details for this referral
  // only; the event (and the audit log) record who and when.
  GRANT_CONTACT: {
    transitions: { [REFERRED]: REFERRED },
    requires: [],
    milestones: {},
    actors: [STAFF],
  },
} as const satisfies Readonly<Record<WishAction, TransitionRule>>;

/** States that still need staff action; the overdue checks only look at these. */
export const OPEN_WISH_STATUSES = [
  SUBMITTED,
  REFERRED,
  ESCALATED,
  DECIDED,
  REOPENED,
] as const satisfies readonly WishStatus[];
/** States where the resident has an answer (or the wish lives on as another one). */
export const CLOSED_WISH_STATUSES = [SETTLED, DUPLICATE] as const satisfies readonly WishStatus[];

/** Ratings at or below this reopen the wish (RATE, then REOPEN by SYSTEM). */
const LOW_RATING_MAX = 2;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const ALL_ACTIONS = Object.keys(WISH_TRANSITIONS) as WishAction[];

function ruleOf(action: WishAction): TransitionRule {
  return WISH_TRANSITIONS[action];
}

function keyOf(from: WishStatus | null): FromState {
  return from ?? NEW_WISH;
}

/** Not allowed from the wish's state: to the person at the form, the wish has moved on. */
export class WishTransitionError extends ActionError {
  readonly from: WishStatus | null;
  readonly action: WishAction;

  constructor(from: WishStatus | null, action: WishAction) {
    super("forms.errors.stale");
    this.name = "WishTransitionError";
    this.from = from;
    this.action = action;
  }
}

/** `from` is null for a wish that does not exist yet (only SUBMIT). */
export function canTransition(from: WishStatus | null, action: WishAction): boolean {
  return ruleOf(action).transitions[keyOf(from)] !== undefined;
}

/** The state after `action`; throws WishTransitionError when the table forbids it. */
export function nextStatus(from: WishStatus | null, action: WishAction): WishStatus {
  const to = ruleOf(action).transitions[keyOf(from)];
  if (to === undefined) throw new WishTransitionError(from, action);
  return to;
}

/** Actions available on an existing wish, in the order of the enum (for UI buttons). */
export function allowedActions(status: WishStatus): WishAction[] {
  return ALL_ACTIONS.filter((action) => canTransition(status, action));
}

export function isOpenStatus(status: WishStatus): boolean {
  return (OPEN_WISH_STATUSES as readonly WishStatus[]).includes(status);
}

export function canActorTake(action: WishAction, actor: ActorType): boolean {
  return ruleOf(action).actors.includes(actor);
}

function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return true;
}

/**
 * The requirement groups that `input` does not satisfy; empty when the action may
 * proceed. Each returned group reads "one of these is missing".
 */
export function missingFields(
  action: WishAction,
  input: Readonly<Partial<Record<TransitionField, unknown>>>,
): (readonly TransitionField[])[] {
  return ruleOf(action).requires.filter((group) => !group.some((field) => isPresent(input[field])));
}

/**
 * Milestone columns to write for `action` taken at `at`, given the wish's current
 * milestones: "first" ones only when still empty, "latest" ones always.
 */
export function milestoneUpdates(
  action: WishAction,
  current: Readonly<Partial<Record<Milestone, Date | null>>>,
  at: Date,
): Partial<Record<Milestone, Date>> {
  const updates: Partial<Record<Milestone, Date>> = {};
  const milestones: Readonly<Partial<Record<Milestone, MilestoneMode>>> = ruleOf(action).milestones;
  for (const [name, mode] of Object.entries(milestones) as [Milestone, MilestoneMode][]) {
    if (mode === "latest" || current[name] == null) updates[name] = at;
  }
  return updates;
}

export function isValidRating(rating: number): boolean {
  return Number.isInteger(rating) && rating >= RATING_MIN && rating <= RATING_MAX;
}

/** A RATE with this rating must be followed by a SYSTEM REOPEN. */
export function ratingReopensWish(rating: number): boolean {
  return rating <= LOW_RATING_MAX;
}
