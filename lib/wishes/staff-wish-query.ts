// One wish as staff see it on /admin/wishes/[id]: every detail except the
// encrypted contact (only its mask; revealing it is a logged action of its own),
// the full timeline with internal notes, and the choices its forms offer.
import "server-only";
import { referrableBy } from "@/lib/organizations/referrable-units";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { decryptPersonal, maskPhone } from "@/lib/privacy/personal-data";
import { isUuid } from "@/lib/uuid";
import { isWishOverdue } from "./overdue";

export async function getWishForStaff(actor: Actor | null, id: string, now: Date = new Date()) {
  assertCan(actor, "wish.view");
  const wish = await db.wish.findUnique({
    where: { id },
    select: {
      id: true,
      communityId: true,
      trackingCode: true,
      kind: true,
      category: true,
      content: true,
      channel: true,
      status: true,
      isPublic: true,
      wallStatus: true,
      wallText: true,
      anonymous: true,
      phoneEnc: true,
      phoneLast4: true,
      nameEnc: true,
      buildingEnc: true,
      pickupAddressEnc: true,
      destinationEnc: true,
      returnTrip: true,
      consentAt: true,
      neededAt: true,
      mobilityAids: true,
      referralDepartment: true,
      referralDueAt: true,
      referralOutcome: true,
      publicReply: true,
      replyDueAt: true,
      firstReplyAt: true,
      settledAt: true,
      satisfaction: true,
      satisfactionComment: true,
      ratedAt: true,
      supportCount: true,
      settlementDueAt: true,
      version: true,
      createdAt: true,
      marketDay: { select: { id: true, title: true, titleEn: true } },
      stall: { select: { id: true, number: true, name: true, nameEn: true } },
      referralOrg: { select: { id: true, name: true, nameEn: true } },
      councilItem: {
        select: {
          id: true,
          topic: true,
          topicEn: true,
          decision: true,
          meeting: { select: { title: true, titleEn: true, scheduledAt: true } },
        },
      },
      duplicateOf: { select: { id: true, trackingCode: true, status: true } },
      duplicates: { select: { id: true, trackingCode: true }, orderBy: { createdAt: "asc" }, take: 50 },
      events: {
        orderBy: { sequence: "asc" },
        select: {
          id: true,
          sequence: true,
          action: true,
          fromStatus: true,
          toStatus: true,
          actorType: true,
          publicNote: true,
          internalNote: true,
          createdAt: true,
          actor: { select: { displayName: true } },
          // The unit a referral step belongs to (issue 14): the timeline names it.
          referral: { select: { organization: { select: { name: true, nameEn: true } } } },
        },
      },
      // Every unit the wish passed through, oldest first (lib/referrals).
      referrals: {
        orderBy: { sentAt: "asc" },
        select: {
          id: true,
          status: true,
          sentAt: true,
          dueAt: true,
          acceptedAt: true,
          answeredAt: true,
          returnedAt: true,
          closedAt: true,
          returnReason: true,
          extensionRequestedAt: true,
          extensionUntil: true,
          extensionReason: true,
          extensionsGranted: true,
          contactGrantedAt: true,
          organization: { select: { name: true, nameEn: true, contactEmail: true, contactPhone: true } },
        },
      },
    },
  });
  // Another community's wish looks exactly like a missing one on the page.
  if (wish?.communityId !== actor.communityId) return null;
  const { phoneEnc, nameEnc, buildingEnc, pickupAddressEnc, destinationEnc, ...rest } = wish;
  let phone: string | null = null;
  try {
    phone = phoneEnc ? decryptPersonal(phoneEnc) : null;
  } catch {
    phone = null;
  }
  return {
    ...rest,
    maskedPhone: maskPhone(phone, wish.phoneLast4),
    hasContact: Boolean(phoneEnc || nameEnc || buildingEnc || pickupAddressEnc || destinationEnc),
    overdue: isWishOverdue(wish, now),
  };
}

/**
 * The community of the wish a form names, for the action wrapper's check
 * before anything is parsed; null when there is no such wish (or the id is not
 * a uuid, which PostgreSQL would refuse with an error).
 */
export async function findWishCommunity(wishId: string): Promise<{ communityId: string } | null> {
  if (!isUuid(wishId)) return null;
  return db.wish.findUnique({ where: { id: wishId }, select: { communityId: true } });
}

export type StaffWish = NonNullable<Awaited<ReturnType<typeof getWishForStaff>>>;

/** Choices of the refer and escalate forms: the community's units, its planned meetings and their open items. */
export async function getTriageOptions(actor: Actor | null) {
  assertCan(actor, "wish.view");
  const [organizations, meetings] = await Promise.all([
    db.organization.findMany({
      where: { OR: referrableBy(actor.communityId) },
      select: { id: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
    db.councilMeeting.findMany({
      where: { communityId: actor.communityId, status: "PLANNED" },
      select: {
        id: true,
        title: true,
        titleEn: true,
        scheduledAt: true,
        items: {
          where: { decidedAt: null },
          select: { id: true, topic: true, topicEn: true },
          orderBy: { position: "asc" },
        },
      },
      orderBy: { scheduledAt: "asc" },
      take: 20,
    }),
  ]);
  return { organizations, meetings };
}

export type TriageOptions = Awaited<ReturnType<typeof getTriageOptions>>;
