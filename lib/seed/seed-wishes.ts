// Writes the planned wishes (lib/seed/plan-wishes.ts) and their events, resolving
// keys to the ids returned by seed-reference-data.ts.
//
// Runs inside the transaction and under the advisory lock that seed-database.ts
// takes; see there for the idempotency rules.
import { randomUUID } from "node:crypto";
import type { Prisma, ReferralStatus } from "../db/generated/client";
import { shenzhenTime } from "./data/time";
import type { PlannedWish } from "./plan-wishes";
import { need, type Tx } from "./seed-reference-data";

/** What a community's planned wishes point at, keys resolved to ids. */
export interface WishTargets {
  communityId: string;
  replyTargetHours: number;
  /** The market day the wishes were collected at, and its stalls by number. */
  marketDayId: string;
  stallIds: ReadonlyMap<number, string>;
  orgIds: ReadonlyMap<string, string>;
  staffIds: ReadonlyMap<string, string>;
  councilItemIds: ReadonlyMap<string, string>;
}

export async function seedWishes(
  tx: Tx,
  plans: readonly PlannedWish[],
  ids: WishTargets,
  count: (table: string, n: number) => void,
): Promise<void> {
  const replyTargetMs = ids.replyTargetHours * 3_600_000;

  const rows: Prisma.WishCreateManyInput[] = plans.map((p) => ({
    communityId: ids.communityId,
    trackingCode: p.trackingCode,
    idempotencyKey: p.idempotencyKey,
    kind: p.seed.kind,
    category: p.seed.category,
    content: p.seed.content,
    channel: p.seed.channel,
    status: p.status,
    isPublic: p.seed.isPublic,
    // The demo wishes were written for the wall, so they count as reviewed;
    // real ones wait for staff (lib/wishes/moderate-wall.ts).
    wallStatus: p.seed.isPublic ? "APPROVED" : "PENDING",
    // No contact data on demo wishes: encryption of personal data is not wired yet,
    // and a demo must never carry anything that looks like a real resident's.
    anonymous: true,
    neededAt: p.seed.neededAt ? shenzhenTime(p.seed.neededAt) : null,
    mobilityAids: [...(p.seed.mobilityAids ?? [])],
    marketDayId: p.seed.offMarketDay ? null : ids.marketDayId,
    stallId: p.seed.stall === null ? null : need(ids.stallIds, p.seed.stall, "stall number"),
    referralOrgId: p.referralOrg ? need(ids.orgIds, p.referralOrg, "organisation") : null,
    referralDepartment: p.referralDepartment,
    referralDueAt: p.referralDueAt,
    referralOutcome: p.referralOutcome,
    councilItemId: p.councilItem ? need(ids.councilItemIds, p.councilItem, "council item") : null,
    publicReply: p.publicReply,
    replyDueAt: new Date(p.createdAt.getTime() + replyTargetMs),
    firstReplyAt: p.milestones.firstReplyAt ?? null,
    handledOnSiteAt: p.milestones.handledOnSiteAt ?? null,
    referredAt: p.milestones.referredAt ?? null,
    escalatedAt: p.milestones.escalatedAt ?? null,
    settledAt: p.milestones.settledAt ?? null,
    satisfaction: p.satisfaction,
    satisfactionComment: p.satisfactionComment,
    // The seed's ratings are residents' own, from the tracking page.
    ratingSource: p.satisfaction === null ? null : "RESIDENT",
    ratedAt: p.milestones.ratedAt ?? null,
    version: p.version,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }));

  // Only wishes inserted now come back; an existing wish keeps its own history.
  const inserted = await tx.wish.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true, idempotencyKey: true },
  });
  count("wishes", inserted.length);
  if (inserted.length === 0) return;

  const planByKey = new Map(plans.map((p) => [p.idempotencyKey, p]));
  // Referrals to partner units (issue 14): the seed's history predates the units'
  // own pages, so a recorded outcome counts as the unit's answer at that time.
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const referralOfWish = new Map<string, string>();
  for (const wish of inserted) {
    const plan = need(planByKey, wish.idempotencyKey, "plan for");
    if (!plan.referralOrg || !plan.referralDueAt) continue;
    const sent = plan.events.findLast((e) => e.action === "REFER");
    if (!sent) continue;
    const answer = plan.events.find((e) => e.action === "RECORD_REFERRAL_OUTCOME" && e.sequence > sent.sequence);
    const left = plan.events.find(
      (e) => e.sequence > sent.sequence && e.fromStatus === "REFERRED" && e.toStatus !== "REFERRED",
    );
    const status: ReferralStatus = answer ? "ANSWERED" : plan.status === "REFERRED" ? "SENT" : "WITHDRAWN";
    const id = randomUUID();
    referralOfWish.set(wish.id, id);
    referrals.push({
      id,
      wishId: wish.id,
      communityId: ids.communityId,
      organizationId: need(ids.orgIds, plan.referralOrg, "organisation"),
      status,
      dueAt: plan.referralDueAt,
      sentAt: sent.createdAt,
      answeredAt: answer?.createdAt ?? null,
      closedAt: answer?.createdAt ?? left?.createdAt ?? null,
      // The wish's rating, on the referral whose answer it rates (lib/wishes/apply-rating.ts).
      satisfaction: status === "ANSWERED" ? plan.satisfaction : null,
    });
  }
  if (referrals.length > 0) count("referrals", (await tx.referral.createMany({ data: referrals })).count);

  const REFERRAL_ACTIONS = new Set(["REFER", "RECORD_REFERRAL_OUTCOME"]);
  const events: Prisma.WishEventCreateManyInput[] = inserted.flatMap((wish) =>
    need(planByKey, wish.idempotencyKey, "plan for").events.map((e) => ({
      wishId: wish.id,
      sequence: e.sequence,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorType: e.actorType,
      actorId: e.actor ? need(ids.staffIds, e.actor, "staff user") : null,
      publicNote: e.publicNote,
      internalNote: e.internalNote,
      createdAt: e.createdAt,
      referralId: REFERRAL_ACTIONS.has(e.action) ? (referralOfWish.get(wish.id) ?? null) : null,
    })),
  );
  count("wish events", (await tx.wishEvent.createMany({ data: events })).count);
}
