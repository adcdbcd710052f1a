import { describe, it, expect } from "vitest";
import {
  CLOSED_WISH_STATUSES,
  OPEN_WISH_STATUSES,
  WISH_TRANSITIONS,
  WishTransitionError,
  allowedActions,
  canActorTake,
  canTransition,
  isOpenStatus,
  isValidRating,
  milestoneUpdates,
  missingFields,
  nextStatus,
  ratingReopensWish,
} from "../../lib/wishes/lifecycle";
import { ActorType, WishAction, WishStatus } from "../../lib/db/generated/enums";

// Written by hand from the product rules, NOT derived from WISH_TRANSITIONS: if the
// table drifts, this list is what catches it. Every pair not listed must be refused.
type Triple = readonly [from: WishStatus | null, action: WishAction, to: WishStatus];

const ALLOWED: readonly Triple[] = [
  [null, "SUBMIT", "SUBMITTED"],

  ["SUBMITTED", "HANDLE_ON_SITE", "SETTLED"],
  ["REOPENED", "HANDLE_ON_SITE", "SETTLED"],

  ["SUBMITTED", "REFER", "REFERRED"],
  ["REOPENED", "REFER", "REFERRED"],
  ["ESCALATED", "REFER", "REFERRED"],
  ["DECIDED", "REFER", "REFERRED"],

  ["REFERRED", "RECORD_REFERRAL_OUTCOME", "REFERRED"],

  ["SUBMITTED", "ESCALATE", "ESCALATED"],
  ["REFERRED", "ESCALATE", "ESCALATED"],
  ["REOPENED", "ESCALATE", "ESCALATED"],

  // A decision is not the work done: settled only when staff say it is.
  ["ESCALATED", "RECORD_COUNCIL_DECISION", "DECIDED"],

  ["SUBMITTED", "SETTLE", "SETTLED"],
  ["REFERRED", "SETTLE", "SETTLED"],
  ["ESCALATED", "SETTLE", "SETTLED"],
  ["DECIDED", "SETTLE", "SETTLED"],
  ["REOPENED", "SETTLE", "SETTLED"],

  ["SETTLED", "REOPEN", "REOPENED"],

  ["SUBMITTED", "MARK_DUPLICATE", "DUPLICATE"],
  ["REOPENED", "MARK_DUPLICATE", "DUPLICATE"],

  ["SUBMITTED", "ADD_NOTE", "SUBMITTED"],
  ["REFERRED", "ADD_NOTE", "REFERRED"],
  ["ESCALATED", "ADD_NOTE", "ESCALATED"],
  ["DECIDED", "ADD_NOTE", "DECIDED"],
  ["SETTLED", "ADD_NOTE", "SETTLED"],
  ["REOPENED", "ADD_NOTE", "REOPENED"],
  ["DUPLICATE", "ADD_NOTE", "DUPLICATE"],

  ["SUBMITTED", "CATEGORISE", "SUBMITTED"],
  ["REFERRED", "CATEGORISE", "REFERRED"],
  ["ESCALATED", "CATEGORISE", "ESCALATED"],
  ["DECIDED", "CATEGORISE", "DECIDED"],
  ["SETTLED", "CATEGORISE", "SETTLED"],
  ["REOPENED", "CATEGORISE", "REOPENED"],

  ["SUBMITTED", "CORRECT_CONTACT", "SUBMITTED"],
  ["REFERRED", "CORRECT_CONTACT", "REFERRED"],
  ["ESCALATED", "CORRECT_CONTACT", "ESCALATED"],
  ["DECIDED", "CORRECT_CONTACT", "DECIDED"],
  ["SETTLED", "CORRECT_CONTACT", "SETTLED"],
  ["REOPENED", "CORRECT_CONTACT", "REOPENED"],
  ["DUPLICATE", "CORRECT_CONTACT", "DUPLICATE"],
  ["SUBMITTED", "ERASE_CONTACT", "SUBMITTED"],
  ["REFERRED", "ERASE_CONTACT", "REFERRED"],
  ["ESCALATED", "ERASE_CONTACT", "ESCALATED"],
  ["DECIDED", "ERASE_CONTACT", "DECIDED"],
  ["SETTLED", "ERASE_CONTACT", "SETTLED"],
  ["REOPENED", "ERASE_CONTACT", "REOPENED"],
  ["DUPLICATE", "ERASE_CONTACT", "DUPLICATE"],

  ["SETTLED", "RATE", "SETTLED"],
  ["SETTLED", "FOLLOW_UP_UNREACHED", "SETTLED"],

  // Issue 14: a referral is worked by its unit while the wish is REFERRED. The
  // unit's answer settles it; everything else keeps it with the unit (or, after
  // a return, with the community until staff re-route it).
  ["REFERRED", "ACCEPT_REFERRAL", "REFERRED"],
  ["REFERRED", "ANSWER_REFERRAL", "SETTLED"],
  ["REFERRED", "REQUEST_EXTENSION", "REFERRED"],
  ["REFERRED", "APPROVE_EXTENSION", "REFERRED"],
  ["REFERRED", "REFUSE_EXTENSION", "REFERRED"],
  ["REFERRED", "RETURN_REFERRAL", "REFERRED"],
  ["REFERRED", "REROUTE", "REFERRED"],
  ["REFERRED", "GRANT_CONTACT", "REFERRED"],
];

// Spelled out rather than read from the enum objects, so a new enum value fails the
// "covers every value" checks below instead of being silently included.
const STATUSES: readonly (WishStatus | null)[] = [
  null,
  "SUBMITTED",
  "REFERRED",
  "ESCALATED",
  "DECIDED",
  "SETTLED",
  "REOPENED",
  "DUPLICATE",
];
const ACTIONS: readonly WishAction[] = [
  "SUBMIT",
  "HANDLE_ON_SITE",
  "REFER",
  "RECORD_REFERRAL_OUTCOME",
  "ESCALATE",
  "RECORD_COUNCIL_DECISION",
  "SETTLE",
  "REOPEN",
  "MARK_DUPLICATE",
  "ADD_NOTE",
  "RATE",
  "CATEGORISE",
  "CORRECT_CONTACT",
  "ERASE_CONTACT",
  "FOLLOW_UP_UNREACHED",
  "ACCEPT_REFERRAL",
  "ANSWER_REFERRAL",
  "REQUEST_EXTENSION",
  "APPROVE_EXTENSION",
  "REFUSE_EXTENSION",
  "RETURN_REFERRAL",
  "REROUTE",
  "GRANT_CONTACT",
];

function expected(from: WishStatus | null, action: WishAction): WishStatus | undefined {
  return ALLOWED.find(([f, a]) => f === from && a === action)?.[2];
}

const label = (from: WishStatus | null) => from ?? "(new)";

describe("wish life cycle table", () => {
  it("the test covers every status and action of the schema", () => {
    expect([...STATUSES.filter((s) => s !== null)].sort()).toEqual(Object.values(WishStatus).sort());
    expect([...ACTIONS].sort()).toEqual(Object.values(WishAction).sort());
    expect(Object.keys(WISH_TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it("the expectation list has no duplicate pairs", () => {
    const pairs = ALLOWED.map(([f, a]) => `${label(f)}/${a}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  for (const from of STATUSES) {
    for (const action of ACTIONS) {
      const to = expected(from, action);
      if (to !== undefined) {
        it(`${label(from)} --${action}--> ${to}`, () => {
          expect(canTransition(from, action)).toBe(true);
          expect(nextStatus(from, action)).toBe(to);
        });
      } else {
        it(`${label(from)} --${action}--> forbidden`, () => {
          expect(canTransition(from, action)).toBe(false);
          expect(() => nextStatus(from, action)).toThrow(WishTransitionError);
          try {
            nextStatus(from, action);
          } catch (error) {
            expect(error).toBeInstanceOf(WishTransitionError);
            const e = error as WishTransitionError;
            expect(e.code).toBe("forms.errors.stale");
            expect(e.from).toBe(from);
            expect(e.action).toBe(action);
          }
        });
      }
    }
  }

  it("allowedActions lists exactly the allowed actions of each existing state", () => {
    for (const status of STATUSES) {
      if (status === null) continue;
      const wanted = ALLOWED.filter(([f]) => f === status).map(([, a]) => a);
      expect([...allowedActions(status)].sort()).toEqual([...wanted].sort());
    }
  });

  it("SUBMIT is never offered on an existing wish", () => {
    for (const status of Object.values(WishStatus)) {
      expect(allowedActions(status)).not.toContain("SUBMIT");
    }
  });

  it("a duplicate only accepts notes, and the resident's privacy requests", () => {
    expect(allowedActions("DUPLICATE")).toEqual(["ADD_NOTE", "CORRECT_CONTACT", "ERASE_CONTACT"]);
  });
});

describe("open states", () => {
  it("are the states that still need staff action", () => {
    expect([...OPEN_WISH_STATUSES].sort()).toEqual(["DECIDED", "ESCALATED", "REFERRED", "REOPENED", "SUBMITTED"]);
    expect([...CLOSED_WISH_STATUSES].sort()).toEqual(["DUPLICATE", "SETTLED"]);
    expect(isOpenStatus("REFERRED")).toBe(true);
    expect(isOpenStatus("SETTLED")).toBe(false);
    expect(isOpenStatus("DUPLICATE")).toBe(false);
  });
});

describe("required fields", () => {
  it("SUBMIT needs content and kind; the category is left to staff when the resident cannot place it", () => {
    expect(missingFields("SUBMIT", {})).toEqual([["content"], ["kind"]]);
    expect(missingFields("SUBMIT", { content: "希望恢复楼道洒水", kind: "OPINION" })).toEqual([]);
    expect(
      missingFields("SUBMIT", { content: "希望恢复楼道洒水", kind: "OPINION", category: "ENVIRONMENT_PROPERTY" }),
    ).toEqual([]);
  });

  it("HANDLE_ON_SITE, SETTLE and RECORD_COUNCIL_DECISION need a public reply", () => {
    for (const action of ["HANDLE_ON_SITE", "SETTLE", "RECORD_COUNCIL_DECISION"] as const) {
      expect(missingFields(action, {})).toEqual([["publicReply"]]);
      expect(missingFields(action, { publicReply: "   " })).toEqual([["publicReply"]]);
      expect(missingFields(action, { publicReply: "已现场答复" })).toEqual([]);
    }
  });

  it("REFER needs a unit or a department, and a due date", () => {
    const due = new Date("2023-06-09T18:00:00+08:00");
    expect(missingFields("REFER", {})).toHaveLength(2);
    expect(missingFields("REFER", { referralOrgId: "org", referralDueAt: due })).toEqual([]);
    expect(missingFields("REFER", { referralDepartment: "街道城建办", referralDueAt: due })).toEqual([]);
    expect(missingFields("REFER", { referralOrgId: "org" })).toEqual([["referralDueAt"]]);
    expect(missingFields("REFER", { referralOrgId: "org", referralDueAt: new Date(Number.NaN) })).toEqual([
      ["referralDueAt"],
    ]);
  });

  it("ESCALATE needs a council item, MARK_DUPLICATE the other wish, RATE a rating and its source", () => {
    expect(missingFields("ESCALATE", {})).toEqual([["councilItemId"]]);
    expect(missingFields("MARK_DUPLICATE", {})).toEqual([["duplicateOfId"]]);
    expect(missingFields("RATE", {})).toEqual([["satisfaction"], ["ratingSource"]]);
    // Reports count resident and follow-up ratings together but must tell them apart.
    expect(missingFields("RATE", { satisfaction: 4 })).toEqual([["ratingSource"]]);
    expect(missingFields("RATE", { satisfaction: 4, ratingSource: "FOLLOW_UP_CALL" })).toEqual([]);
    expect(missingFields("RECORD_REFERRAL_OUTCOME", {})).toEqual([["referralOutcome"]]);
  });

  it("CATEGORISE needs a category, and only staff take it", () => {
    expect(missingFields("CATEGORISE", {})).toEqual([["category"]]);
    expect(missingFields("CATEGORISE", { category: "SAFETY" })).toEqual([]);
    expect(canActorTake("CATEGORISE", ActorType.STAFF)).toBe(true);
    expect(canActorTake("CATEGORISE", ActorType.RESIDENT)).toBe(false);
  });

  it("REOPEN and ADD_NOTE need a note, public or internal", () => {
    for (const action of ["REOPEN", "ADD_NOTE"] as const) {
      expect(missingFields(action, {})).toHaveLength(1);
      expect(missingFields(action, { internalNote: "回访不满意" })).toEqual([]);
      expect(missingFields(action, { publicNote: "已重新受理" })).toEqual([]);
    }
  });
});

describe("who takes a referral's steps", () => {
  it("the unit accepts, answers, asks for time and sends back; staff decide, re-route and grant", () => {
    for (const action of ["ACCEPT_REFERRAL", "ANSWER_REFERRAL", "REQUEST_EXTENSION", "RETURN_REFERRAL"] as const) {
      expect(canActorTake(action, ActorType.UNIT)).toBe(true);
      expect(canActorTake(action, ActorType.STAFF)).toBe(false);
      expect(canActorTake(action, ActorType.RESIDENT)).toBe(false);
    }
    for (const action of ["APPROVE_EXTENSION", "REFUSE_EXTENSION", "REROUTE", "GRANT_CONTACT"] as const) {
      expect(canActorTake(action, ActorType.STAFF)).toBe(true);
      expect(canActorTake(action, ActorType.UNIT)).toBe(false);
    }
    // A unit can never settle, refer or escalate on the community's behalf.
    for (const action of ["SETTLE", "REFER", "ESCALATE", "HANDLE_ON_SITE", "REOPEN"] as const)
      expect(canActorTake(action, ActorType.UNIT)).toBe(false);
  });

  it("each step needs its fields", () => {
    expect(missingFields("ANSWER_REFERRAL", {})).toEqual([["publicReply"]]);
    expect(missingFields("REQUEST_EXTENSION", {})).toEqual([["extensionUntil"], ["internalNote"]]);
    expect(missingFields("APPROVE_EXTENSION", {})).toEqual([["referralDueAt"], ["publicNote"]]);
    expect(missingFields("REFUSE_EXTENSION", {})).toEqual([["internalNote"]]);
    expect(missingFields("RETURN_REFERRAL", {})).toEqual([["internalNote"]]);
    expect(missingFields("REROUTE", {})).toEqual([["referralOrgId"], ["referralDueAt"]]);
    expect(missingFields("ACCEPT_REFERRAL", {})).toEqual([]);
    expect(missingFields("GRANT_CONTACT", {})).toEqual([]);
  });

  it("the unit's answer is the first reply and the settlement", () => {
    const at = new Date("2026-02-27T10:00:00+08:00");
    expect(milestoneUpdates("ANSWER_REFERRAL", {}, at)).toEqual({ firstReplyAt: at, settledAt: at });
  });
});

describe("milestones", () => {
  const t0 = new Date("2023-05-27T15:00:00+08:00");
  const t1 = new Date("2023-05-29T09:00:00+08:00");

  it("HANDLE_ON_SITE stamps handled-on-site, first reply and settlement", () => {
    expect(milestoneUpdates("HANDLE_ON_SITE", {}, t0)).toEqual({
      handledOnSiteAt: t0,
      firstReplyAt: t0,
      settledAt: t0,
    });
  });

  it("REFER stamps referredAt and the first reply, once", () => {
    expect(milestoneUpdates("REFER", {}, t0)).toEqual({ referredAt: t0, firstReplyAt: t0 });
    expect(milestoneUpdates("REFER", { referredAt: t0, firstReplyAt: t0 }, t1)).toEqual({});
  });

  it("ESCALATE stamps escalatedAt but keeps an earlier first reply", () => {
    expect(milestoneUpdates("ESCALATE", { firstReplyAt: t0 }, t1)).toEqual({ escalatedAt: t1 });
  });

  it("settling again moves settledAt to the latest settlement", () => {
    expect(milestoneUpdates("SETTLE", { firstReplyAt: t0, settledAt: t0 }, t1)).toEqual({ settledAt: t1 });
    // The decision is a reply, not a settlement: nothing moves once the first reply is stamped.
    expect(milestoneUpdates("RECORD_COUNCIL_DECISION", { firstReplyAt: t0 }, t1)).toEqual({});
    expect(milestoneUpdates("RECORD_COUNCIL_DECISION", {}, t1)).toEqual({ firstReplyAt: t1 });
  });

  it("RATE stamps ratedAt; notes, outcomes, reopen and duplicates stamp nothing", () => {
    expect(milestoneUpdates("RATE", {}, t1)).toEqual({ ratedAt: t1 });
    for (const action of ["ADD_NOTE", "RECORD_REFERRAL_OUTCOME", "REOPEN", "MARK_DUPLICATE", "SUBMIT"] as const) {
      expect(milestoneUpdates(action, {}, t1)).toEqual({});
    }
  });
});

describe("actors and ratings", () => {
  it("residents submit and rate; only staff or the system reopen", () => {
    expect(canActorTake("SUBMIT", ActorType.RESIDENT)).toBe(true);
    expect(canActorTake("RATE", ActorType.RESIDENT)).toBe(true);
    expect(canActorTake("REOPEN", ActorType.SYSTEM)).toBe(true);
    expect(canActorTake("REOPEN", ActorType.RESIDENT)).toBe(false);
    expect(canActorTake("SETTLE", ActorType.RESIDENT)).toBe(false);
    expect(canActorTake("HANDLE_ON_SITE", ActorType.STAFF)).toBe(true);
  });

  it("staff rate on a follow-up call and record an unreached call; residents and the system do not", () => {
    expect(canActorTake("RATE", ActorType.STAFF)).toBe(true);
    expect(canActorTake("FOLLOW_UP_UNREACHED", ActorType.STAFF)).toBe(true);
    expect(canActorTake("FOLLOW_UP_UNREACHED", ActorType.RESIDENT)).toBe(false);
    expect(canActorTake("FOLLOW_UP_UNREACHED", ActorType.SYSTEM)).toBe(false);
    expect(milestoneUpdates("FOLLOW_UP_UNREACHED", {}, new Date())).toEqual({});
  });

  it("a rating of 2 or less reopens, 3 or more does not", () => {
    expect(ratingReopensWish(1)).toBe(true);
    expect(ratingReopensWish(2)).toBe(true);
    expect(ratingReopensWish(3)).toBe(false);
    expect(ratingReopensWish(5)).toBe(false);
  });

  it("ratings are integers from 1 to 5", () => {
    expect(isValidRating(0)).toBe(false);
    expect(isValidRating(1)).toBe(true);
    expect(isValidRating(5)).toBe(true);
    expect(isValidRating(6)).toBe(false);
    expect(isValidRating(3.5)).toBe(false);
  });
});
