// 现场录入: staff at a stall type in a resident's request (channel ON_SITE) and,
// when it was answered there and then, settle it as handled on site in the same
// step: SUBMIT and HANDLE_ON_SITE in ONE transaction, so the report's 现场办理
// never counts half an entry. A double tap (same idempotency key) returns the
// first result.
import { firstReplyDue, settlementDue } from "@/lib/deadlines/deadline-targets";
import { targetsFor } from "@/lib/deadlines/deadline-target-query";
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { fieldActionError } from "@/lib/forms/action-error";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { recordNotifications } from "@/lib/notifications/outbox/record-notifications";
import { encryptOptional, phoneLookupHash } from "@/lib/privacy/personal-data";
import { applyTransition } from "./apply-transition";
import { generateTrackingCode } from "./tracking-code";
import type { EnterOnSiteValues } from "./triage-schemas";

export interface EnteredWish {
  id: string;
  trackingCode: string;
  settled: boolean;
  replayed: boolean;
}

function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const target = JSON.stringify(error.meta ?? {});
  return target.includes(`"${field}"`) || target.includes(`${field}_key`);
}

async function replay(idempotencyKey: string, communityId: string): Promise<EnteredWish | null> {
  const wish = await db.wish.findUnique({
    where: { idempotencyKey },
    select: { id: true, trackingCode: true, status: true, communityId: true },
  });
  if (wish?.communityId !== communityId) return null;
  return { id: wish.id, trackingCode: wish.trackingCode, settled: wish.status === "SETTLED", replayed: true };
}

/** The market day and stall, checked against the community; a stall brings its own market day. */
async function resolvePlace(communityId: string, marketDayId?: string, stallId?: string) {
  if (stallId) {
    const stall = await db.stall.findFirst({
      where: { id: stallId, communityId },
      select: { id: true, marketDayId: true },
    });
    if (!stall) throw fieldActionError("stallId", "adminWishes.errors.stallNotFound");
    return { marketDayId: stall.marketDayId, stallId: stall.id };
  }
  if (marketDayId) {
    const day = await db.marketDay.findFirst({ where: { id: marketDayId, communityId }, select: { id: true } });
    if (!day) throw fieldActionError("marketDayId", "adminWishes.errors.marketDayNotFound");
    return { marketDayId: day.id, stallId: null };
  }
  return { marketDayId: null, stallId: null };
}

export async function enterWishOnSite(actor: Actor | null, values: EnterOnSiteValues): Promise<EnteredWish> {
  assertCan(actor, "wish.create");
  // Settling on site is triage: a role that may only enter wishes cannot close them.
  if (values.publicReply) assertCan(actor, "wish.triage");
  const earlier = await replay(values.idempotencyKey, actor.communityId);
  if (earlier) return earlier;

  const [community, place, targets] = await Promise.all([
    db.community.findUniqueOrThrow({ where: { id: actor.communityId }, select: { id: true, replyTargetHours: true } }),
    resolvePlace(actor.communityId, values.marketDayId, values.stallId),
    // The community's working-day targets for this kind and category (lib/deadlines).
    targetsFor(actor.communityId, values.kind, values.category ?? null),
  ]);
  const hasPersonal = Boolean(values.name || values.phone);
  const now = new Date();
  const replyDueAt = firstReplyDue(now, targets);
  const settlementDueAt = settlementDue(now, targets);

  for (let attempt = 0; attempt < 3; attempt++) {
    const trackingCode = generateTrackingCode();
    try {
      const { id, notifications } = await db.$transaction(async (tx) => {
        const created = await tx.wish.create({
          data: {
            communityId: community.id,
            trackingCode,
            kind: values.kind,
            category: values.category,
            content: values.content,
            channel: "ON_SITE",
            nameEnc: encryptOptional(values.name),
            phoneEnc: encryptOptional(values.phone),
            phoneLast4: values.phone ? values.phone.slice(-4) : null,
            phoneHash: values.phone ? phoneLookupHash(values.phone) : null,
            // The resident agreed orally; staff ticked the box on their behalf.
            consentAt: hasPersonal ? now : null,
            // Messages only with their own spoken consent, and a phone to send to:
            // the resident who wrote on paper hears back without coming again.
            messageConsentAt: values.messages && values.phone ? now : null,
            marketDayId: place.marketDayId,
            stallId: place.stallId,
            replyDueAt,
            settlementDueAt,
            idempotencyKey: values.idempotencyKey,
            createdAt: now,
          },
          select: { id: true },
        });
        await tx.wishEvent.create({
          data: {
            wishId: created.id,
            sequence: 0,
            action: "SUBMIT",
            fromStatus: null,
            toStatus: "SUBMITTED",
            actorType: "STAFF",
            actorId: actor.id,
            createdAt: now,
          },
        });
        const receipt = await recordNotifications(tx, { wishId: created.id, eventSequence: 0, action: "SUBMIT", now });
        if (values.publicReply) {
          const handled = await applyTransition(tx, {
            wishId: created.id,
            expectedVersion: 0,
            action: "HANDLE_ON_SITE",
            actor: { type: "STAFF", staffId: actor.id },
            fields: { publicReply: values.publicReply },
            at: now,
          });
          return { id: created.id, notifications: [...receipt, ...handled.notifications] };
        }
        return { id: created.id, notifications: receipt };
      });
      notifyAfterCommit(notifications);
      invalidatePublicContent({ wishes: true });
      return { id, trackingCode, settled: Boolean(values.publicReply), replayed: false };
    } catch (error) {
      if (isUniqueViolation(error, "idempotencyKey")) {
        const first = await replay(values.idempotencyKey, actor.communityId);
        if (first) return first;
      }
      if (isUniqueViolation(error, "trackingCode")) continue;
      throw error;
    }
  }
  throw new Error("could not allocate a tracking code");
}
