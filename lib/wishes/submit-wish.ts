// Stores one micro-wish with its SUBMIT event, exactly once per idempotency key.
//
// A repeated key gets the first answer (tracking code included) only when it is
// provably the same submission: the same device sending the same fields, checked
// through a keyed fingerprint stored with the wish. Anything else is a conflict
// (IdempotencyConflictError): never someone else's code, never a second wish.
import { firstReplyDue, settlementDue } from "@/lib/deadlines/deadline-targets";
import { targetsFor } from "@/lib/deadlines/deadline-target-query";
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { MobilityAid, WishCategory, WishChannel, WishKind } from "@/lib/db/generated/enums";
import { publicCommunitySlug } from "@/lib/community";
import { invalidatePublicContent } from "@/lib/cache/invalidate-public-content";
import { ActionError } from "@/lib/forms/action-error";
import { notifyAfterCommit } from "@/lib/notifications/outbox/notify-after-commit";
import { plannedNotifications, type MessageContact } from "@/lib/notifications/outbox/record-notifications";
import { buildingLookupHash, encryptOptional, opaqueKey, phoneLookupHash } from "@/lib/privacy/personal-data";
import { shanghaiLocalInstant } from "@/lib/time/shanghai";
import { generateTrackingCode } from "./tracking-code";
import type { WishFormValues } from "./wish-form-rules";
import { resolveWishPlace } from "./wish-place";

export interface SubmitWishContext {
  channel: WishChannel;
  /** Staff entering a wish at a stall; absent for residents. */
  staffId?: string;
  /** Keyed hash of the submitting device (lib/rate-limit/request-identity.ts). */
  deviceKey?: string;
  /** The page's language: messages about the wish are sent in it. */
  locale?: string;
}

/** The key was used before, for other fields or from another device. */
export class IdempotencyConflictError extends ActionError {
  constructor() {
    super("wishForm.errors.form.alreadySent");
    this.name = "IdempotencyConflictError";
  }
}

/**
 * Who sent what, as a keyed hash: the device and every submitted field (the
 * key included). A genuine retry (a double tap, a resend after a lost answer)
 * repeats both exactly; someone who only learnt the key cannot.
 */
function submissionFingerprint(values: WishFormValues, deviceKey: string | undefined): string {
  return opaqueKey("wish-submit", `${deviceKey ?? ""}\n${JSON.stringify(values)}`);
}

export interface SubmittedWish {
  id: string;
  trackingCode: string;
  replyDueAt: Date;
  hasPhone: boolean;
  /** The community's target for the first reply, for "we reply within N days". */
  replyTargetHours: number;
  /** True when this key had already been used: the first result is returned. */
  replayed: boolean;
}

const toEnum = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, "_") as T;

interface CommunityRow {
  id: string;
  replyTargetHours: number;
}

// The portal's community row is read on every submission but changes only when an
// admin edits the reply target: kept per process for a minute, it saves a round
// trip on the hot path (a park full of residents scanning the same poster).
const COMMUNITY_TTL_MS = 60_000;
let communityMemo: { row: CommunityRow; until: number } | null = null;

async function portalCommunity(): Promise<CommunityRow> {
  if (communityMemo && communityMemo.until > Date.now()) return communityMemo.row;
  const row = await db.community.findUniqueOrThrow({
    where: { slug: publicCommunitySlug() },
    select: { id: true, replyTargetHours: true },
  });
  communityMemo = { row, until: Date.now() + COMMUNITY_TTL_MS };
  return row;
}

/** The community and the market day and stall a QR poster linked to, if they resolve. */
async function resolvePlace(marketDaySlug?: string, stallId?: string) {
  const [community, place] = await Promise.all([
    portalCommunity(),
    // A stale or mistyped link must not cost the resident their wish: unknown
    // places are dropped, the wish is kept (see lib/wishes/wish-place.ts).
    marketDaySlug || stallId ? resolveWishPlace(marketDaySlug, stallId) : Promise.resolve(null),
  ]);
  return { community, marketDayId: place?.marketDay.id ?? null, stallId: place?.stall?.id ?? null };
}

/**
 * A unique violation on `field`. With a driver adapter (Prisma 7) there is no
 * meta.target: the constraint comes as meta.driverAdapterError.cause.constraint
 * ({ index: "Wish_idempotencyKey_key" } on PostgreSQL), so the whole meta is
 * searched for the column or its index name.
 */
function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const target = JSON.stringify(error.meta ?? {});
  return target.includes(`"${field}"`) || target.includes(`${field}_key`);
}

async function replay(idempotencyKey: string, fingerprint: string): Promise<SubmittedWish | null> {
  const wish = await db.wish.findUnique({
    where: { idempotencyKey },
    select: {
      submitFingerprint: true,
      id: true,
      trackingCode: true,
      replyDueAt: true,
      phoneLast4: true,
      community: { select: { replyTargetHours: true } },
    },
  });
  if (wish && wish.submitFingerprint !== fingerprint) throw new IdempotencyConflictError();
  return wish
    ? {
        id: wish.id,
        trackingCode: wish.trackingCode,
        replyDueAt: wish.replyDueAt,
        hasPhone: Boolean(wish.phoneLast4),
        replyTargetHours: wish.community.replyTargetHours,
        replayed: true,
      }
    : null;
}

/**
 * Insert first, look up only on conflict: a new wish (the common case) costs one
 * nested write, and a retry is recognised by the unique idempotency key, which is
 * also what makes concurrent duplicates safe.
 */
export async function submitWish(values: WishFormValues, context: SubmitWishContext): Promise<SubmittedWish> {
  const place = await resolvePlace(values.marketDay, values.stall);
  const keep = !values.anonymous;
  const assistance = values.kind === "assistance";
  const personal = {
    name: keep ? values.name : undefined,
    phone: keep ? values.phone : undefined,
    building: keep ? values.building : undefined,
    email: keep ? values.email : undefined,
    pickupAddress: keep && assistance ? values.pickupAddress : undefined,
    destination: keep && assistance ? values.destination : undefined,
  };
  const hasPersonal = Object.values(personal).some(Boolean);
  const now = new Date();
  // In working days (lib/deadlines), by the community's targets for this kind
  // and category: a holiday does not eat into the reply time.
  const kind = toEnum<WishKind>(values.kind);
  const category = values.category ? toEnum<WishCategory>(values.category) : null;
  const targets = await targetsFor(place.community.id, kind, category);
  const replyDueAt = firstReplyDue(now, targets);
  const settlementDueAt = settlementDue(now, targets);
  const fingerprint = submissionFingerprint(values, context.deviceKey);
  // The columns that decide whether the resident hears back, and on which channels.
  const contact: MessageContact = {
    phoneEnc: encryptOptional(personal.phone),
    phoneHash: personal.phone ? phoneLookupHash(personal.phone) : null,
    emailEnc: encryptOptional(personal.email),
    // Only with somewhere to send to (the form's rules require one).
    messageConsentAt: values.messages && (personal.phone || personal.email) ? now : null,
    messagesStoppedAt: null,
  };
  // The receipt's outbox rows go into the same nested write as the wish and its
  // SUBMIT event (sequence 0): one transaction, no extra round trip.
  const receipt = plannedNotifications(contact, "SUBMIT", 0, now);

  for (let attempt = 0; attempt < 3; attempt++) {
    const trackingCode = generateTrackingCode();
    try {
      // The wish and its SUBMIT event in one nested write: Prisma runs it as one
      // transaction, without the round trips of an interactive one.
      const wish = await db.wish.create({
        data: {
          communityId: place.community.id,
          trackingCode,
          kind,
          category,
          content: values.content,
          channel: context.channel,
          isPublic: values.public,
          anonymous: values.anonymous,
          nameEnc: encryptOptional(personal.name),
          ...contact,
          phoneLast4: personal.phone ? personal.phone.slice(-4) : null,
          buildingEnc: encryptOptional(personal.building),
          buildingHash: personal.building ? buildingLookupHash(personal.building) : null,
          consentAt: hasPersonal ? now : null,
          locale: context.locale === "en" ? "en" : "zh",
          // When help is needed: the column staff sort and flag assistance requests by.
          neededAt: assistance && values.neededAt ? shanghaiLocalInstant(values.neededAt) : null,
          mobilityAids: assistance ? values.mobility.map((m) => toEnum<MobilityAid>(m)) : [],
          pickupAddressEnc: encryptOptional(personal.pickupAddress),
          destinationEnc: encryptOptional(personal.destination),
          returnTrip: assistance ? (values.returnTrip ?? null) : null,
          marketDayId: place.marketDayId,
          stallId: place.stallId,
          replyDueAt,
          settlementDueAt,
          idempotencyKey: values.idempotencyKey,
          submitFingerprint: fingerprint,
          createdAt: now,
          events: {
            create: {
              sequence: 0,
              action: "SUBMIT",
              fromStatus: null,
              toStatus: "SUBMITTED",
              actorType: context.staffId ? "STAFF" : "RESIDENT",
              actorId: context.staffId ?? null,
              createdAt: now,
            },
          },
          notifications: receipt.length > 0 ? { create: receipt } : undefined,
        },
        select: { id: true, notifications: receipt.length > 0 ? { select: { id: true } } : undefined },
      });
      notifyAfterCommit(wish.notifications?.map((row) => row.id) ?? []);
      invalidatePublicContent({ wishes: true });
      return {
        id: wish.id,
        trackingCode,
        replyDueAt,
        hasPhone: Boolean(personal.phone),
        replyTargetHours: place.community.replyTargetHours,
        replayed: false,
      };
    } catch (error) {
      // A double tap racing the first request: it committed first, return its result.
      if (isUniqueViolation(error, "idempotencyKey")) {
        // PostgreSQL raises the violation only once the first insert has committed,
        // so its row is visible to this read.
        const first = await replay(values.idempotencyKey, fingerprint);
        if (first) return first;
      }
      if (isUniqueViolation(error, "trackingCode")) continue;
      throw error;
    }
  }
  throw new Error("could not allocate a tracking code");
}
