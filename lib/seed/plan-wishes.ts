// Planning of the seeded wishes (pure: no database, no clock, no randomness).
//
// Every wish history is replayed through the life-cycle table before the database
// is touched, so seed data that breaks a transition rule fails at once, loudly.
// The result is the final Wish row and its events, with staff, organisations and
// council items still as keys; lib/seed/seed-wishes.ts resolves them to ids.
import { createHash } from "node:crypto";
import { ActorType, type WishAction, type WishStatus } from "../db/generated/enums";
import {
  canActorTake,
  isValidRating,
  milestoneUpdates,
  missingFields,
  nextStatus,
  ratingReopensWish,
  type Milestone,
  type TransitionField,
} from "../wishes/lifecycle";
import type { OrgKey } from "./data/community-and-organizations";
import { MARKET_DAY_2023 } from "./data/market-days";
import { COUNCIL_MEETING, type CouncilItemKey, type StaffKey } from "./data/staff-and-council";
import { shenzhenTime } from "./data/time";
import type { WishSeed } from "./data/wish-seed";
import { WISHES_2023 } from "./data/wishes-2023";

/** Same alphabet as public tracking codes: no 0/O, 1/I/L to misread. */
export const TRACKING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const TRACKING_CODE_LENGTH = 10;

export interface PlannedEvent {
  /** Position in the wish's history: 0 for SUBMIT, then the wish's version after this event. */
  sequence: number;
  action: WishAction;
  fromStatus: WishStatus | null;
  toStatus: WishStatus;
  actorType: ActorType;
  actor: StaffKey | null;
  publicNote: string | null;
  internalNote: string | null;
  createdAt: Date;
}

/** Final Wish columns after replaying the history, with keys still to resolve to ids. */
export interface PlannedWish {
  seed: WishSeed;
  idempotencyKey: string;
  trackingCode: string;
  createdAt: Date;
  updatedAt: Date;
  status: WishStatus;
  version: number;
  publicReply: string | null;
  referralOrg: OrgKey | null;
  referralDepartment: string | null;
  referralDueAt: Date | null;
  referralOutcome: string | null;
  councilItem: CouncilItemKey | null;
  milestones: Partial<Record<Milestone, Date>>;
  satisfaction: number | null;
  satisfactionComment: string | null;
  events: PlannedEvent[];
}

/** Deterministic tracking code for a seeded wish (real wishes get random ones). */
export function seedTrackingCode(idempotencyKey: string): string {
  const digest = createHash("sha256").update(`huiyin-seed-tracking:${idempotencyKey}`).digest();
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    code += TRACKING_CODE_ALPHABET[(digest[i] ?? 0) % TRACKING_CODE_ALPHABET.length];
  }
  return code;
}

function councilDecision(key: CouncilItemKey): string {
  const item = COUNCIL_MEETING.items.find((i) => i.key === key);
  if (!item) throw new Error(`Seed: unknown council item ${key}`);
  return item.decision;
}

/**
 * Replays a wish's steps through the life-cycle table and returns its final row.
 * Throws on a forbidden transition, a missing required field, a wrong actor or
 * timestamps that do not strictly increase.
 */
function planWish(seed: WishSeed, marketDaySlug: string): PlannedWish {
  const idempotencyKey = `seed:${marketDaySlug}:${seed.ref}`;
  const fail = (message: string): never => {
    throw new Error(`Seed wish ${seed.ref}: ${message}`);
  };

  const createdAt = shenzhenTime(seed.at);
  const submitMissing = missingFields("SUBMIT", { content: seed.content, kind: seed.kind, category: seed.category });
  if (submitMissing.length > 0) fail(`SUBMIT is missing ${submitMissing.join(", ")}`);

  const submitter: StaffKey | null = seed.channel === "ON_SITE" ? (seed.recordedBy ?? "staff") : null;
  const plan: PlannedWish = {
    seed,
    idempotencyKey,
    trackingCode: seedTrackingCode(idempotencyKey),
    createdAt,
    updatedAt: createdAt,
    status: nextStatus(null, "SUBMIT"),
    version: 0,
    publicReply: null,
    referralOrg: null,
    referralDepartment: null,
    referralDueAt: null,
    referralOutcome: null,
    councilItem: null,
    milestones: {},
    satisfaction: null,
    satisfactionComment: null,
    events: [
      {
        sequence: 0,
        action: "SUBMIT",
        fromStatus: null,
        toStatus: "SUBMITTED",
        // Wishes collected at a stall are typed in by the staff member there.
        actorType: submitter ? ActorType.STAFF : ActorType.RESIDENT,
        actor: submitter,
        publicNote: null,
        internalNote: null,
        createdAt,
      },
    ],
  };

  let previousAt = createdAt;
  let pendingLowRating = false;

  for (const step of seed.steps) {
    const at = shenzhenTime(step.at);
    if (at.getTime() <= previousAt.getTime()) fail(`${step.action} at ${step.at} is not after the previous event`);
    if (pendingLowRating && step.action !== "REOPEN") fail("a rating of 2 or less must be followed by REOPEN");

    let actorType: ActorType = ActorType.STAFF;
    let actor: StaffKey | null = null;
    let publicNote: string | null = null;
    let internalNote: string | null = null;
    const input: Partial<Record<TransitionField, unknown>> = {};

    switch (step.action) {
      case "HANDLE_ON_SITE":
      case "SETTLE":
        actor = step.by;
        input.publicReply = step.reply;
        plan.publicReply = step.reply;
        publicNote = step.reply;
        break;
      case "RECORD_COUNCIL_DECISION": {
        actor = step.by;
        if (plan.councilItem !== step.item)
          fail(`decision of ${step.item} applied to a wish on ${plan.councilItem ?? "no item"}`);
        const decision = councilDecision(step.item);
        input.publicReply = decision;
        plan.publicReply = decision;
        publicNote = decision;
        break;
      }
      case "REFER": {
        actor = step.by;
        const org = "org" in step.to ? step.to.org : null;
        const department = "department" in step.to ? step.to.department : null;
        const dueAt = shenzhenTime(step.dueAt);
        Object.assign(input, { referralOrgId: org, referralDepartment: department, referralDueAt: dueAt });
        plan.referralOrg = org;
        plan.referralDepartment = department;
        plan.referralDueAt = dueAt;
        publicNote = step.note;
        internalNote = step.internalNote ?? null;
        break;
      }
      case "RECORD_REFERRAL_OUTCOME":
        actor = step.by;
        input.referralOutcome = step.outcome;
        plan.referralOutcome = step.outcome;
        internalNote = step.outcome;
        break;
      case "ESCALATE":
        actor = step.by;
        input.councilItemId = step.item;
        plan.councilItem = step.item;
        publicNote = step.note;
        break;
      case "RATE":
        actorType = ActorType.RESIDENT;
        if (!isValidRating(step.rating)) fail(`invalid rating ${step.rating}`);
        input.satisfaction = step.rating;
        input.ratingSource = "RESIDENT";
        plan.satisfaction = step.rating;
        plan.satisfactionComment = step.comment ?? null;
        // The columns keep only the latest rating; the event keeps every one.
        internalNote = `评分 ${step.rating}/5${step.comment ? `：${step.comment}` : ""}`;
        pendingLowRating = ratingReopensWish(step.rating);
        break;
      case "REOPEN":
        if (!pendingLowRating) fail("the seed only reopens after a low rating");
        actorType = ActorType.SYSTEM;
        input.publicNote = step.note;
        publicNote = step.note;
        pendingLowRating = false;
        break;
      case "ADD_NOTE":
        actor = step.by;
        input.internalNote = step.internalNote;
        internalNote = step.internalNote;
        break;
    }

    if (!canActorTake(step.action, actorType)) fail(`${actorType} may not ${step.action}`);
    const missing = missingFields(step.action, input);
    if (missing.length > 0) fail(`${step.action} is missing ${missing.map((g) => g.join(" or ")).join(", ")}`);

    const fromStatus = plan.status;
    const toStatus = nextStatus(fromStatus, step.action);
    Object.assign(plan.milestones, milestoneUpdates(step.action, plan.milestones, at));
    plan.status = toStatus;
    plan.updatedAt = at;
    plan.events.push({
      // Every event after SUBMIT bumps the version by one, so the next position is the count so far.
      sequence: plan.events.length,
      action: step.action,
      fromStatus,
      toStatus,
      actorType,
      actor,
      publicNote,
      internalNote,
      createdAt: at,
    });
    previousAt = at;
  }
  if (pendingLowRating) fail("ends with a low rating that was not followed by REOPEN");

  // lifecycle.ts: every event after SUBMIT bumps the version, so it equals the last event's sequence.
  plan.version = plan.events.length - 1;
  return plan;
}

export function planSeedWishes(
  wishes: readonly WishSeed[] = WISHES_2023,
  marketDaySlug: string = MARKET_DAY_2023.slug,
): PlannedWish[] {
  const plans = wishes.map((wish) => planWish(wish, marketDaySlug));
  const keys = new Set(plans.map((p) => p.idempotencyKey));
  const codes = new Set(plans.map((p) => p.trackingCode));
  if (keys.size !== plans.length) throw new Error("Seed: duplicate wish ref");
  if (codes.size !== plans.length) throw new Error("Seed: tracking code collision; rename a wish ref");
  return plans;
}
