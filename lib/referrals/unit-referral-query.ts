// What a receiving unit sees of one referral (issue 14): the wish's words, kind,
// category and dates, the due date, this referral's own steps, and the
// resident's contact details masked (the last four digits) unless staff granted
// them for this referral. Never another referral's steps or staff's internal notes.
import "server-only";
import { db } from "@/lib/db/client";
import type { ReferralStatus, WishAction, WishCategory, WishKind, WishStatus } from "@/lib/db/generated/enums";
import { decryptPersonal, maskPhone } from "@/lib/privacy/personal-data";
import { formatTrackingCode } from "@/lib/wishes/tracking-code";
import { canTakeReferralStep, UNIT_STEPS, type UnitStep } from "./referral-steps";

export interface UnitReferralView {
  referralId: string;
  wishId: string;
  wishVersion: number;
  wishStatus: WishStatus;
  code: string;
  kind: WishKind;
  category: WishCategory | null;
  content: string;
  submittedAt: Date;
  unitName: string;
  unitNameEn: string | null;
  communityName: string;
  communityNameEn: string | null;
  status: ReferralStatus;
  sentAt: Date;
  dueAt: Date;
  /** Still open and past its due date. */
  overdue: boolean;
  acceptedAt: Date | null;
  closedAt: Date | null;
  extension: { requestedAt: Date; until: Date | null; reason: string | null } | null;
  /** Full when granted, else masked; null when the resident left none. */
  contact: { granted: boolean; name: string | null; phone: string | null; building: string | null };
  steps: { action: WishAction; at: Date; publicNote: string | null; unitNote: string | null }[];
}

export async function loadUnitReferral(referralId: string, now: Date = new Date()): Promise<UnitReferralView | null> {
  const row = await db.referral.findUnique({
    where: { id: referralId },
    include: {
      organization: { select: { name: true, nameEn: true } },
      wish: {
        select: {
          id: true,
          version: true,
          status: true,
          trackingCode: true,
          kind: true,
          category: true,
          content: true,
          createdAt: true,
          nameEnc: true,
          phoneEnc: true,
          phoneLast4: true,
          buildingEnc: true,
          anonymous: true,
          community: { select: { name: true, nameEn: true } },
        },
      },
      events: {
        orderBy: { sequence: "asc" },
        select: { action: true, createdAt: true, publicNote: true, internalNote: true, actorType: true },
      },
    },
  });
  if (!row) return null;
  const wish = row.wish;
  const granted = row.contactGrantedAt !== null && row.closedAt === null;
  const phone = wish.phoneEnc ? decryptPersonal(wish.phoneEnc) : null;
  return {
    referralId: row.id,
    wishId: wish.id,
    wishVersion: wish.version,
    wishStatus: wish.status,
    code: formatTrackingCode(wish.trackingCode),
    kind: wish.kind,
    category: wish.category,
    content: wish.content,
    submittedAt: wish.createdAt,
    unitName: row.organization.name,
    unitNameEn: row.organization.nameEn,
    communityName: wish.community.name,
    communityNameEn: wish.community.nameEn,
    status: row.status,
    sentAt: row.sentAt,
    dueAt: row.dueAt,
    overdue: row.closedAt === null && row.dueAt.getTime() < now.getTime(),
    acceptedAt: row.acceptedAt,
    closedAt: row.closedAt,
    extension: row.extensionRequestedAt
      ? { requestedAt: row.extensionRequestedAt, until: row.extensionUntil, reason: row.extensionReason }
      : null,
    contact: {
      granted,
      name: granted && wish.nameEnc && !wish.anonymous ? decryptPersonal(wish.nameEnc) : null,
      phone: granted ? phone : maskPhone(phone, wish.phoneLast4),
      building: granted && wish.buildingEnc ? decryptPersonal(wish.buildingEnc) : null,
    },
    steps: row.events.map((e) => ({
      action: e.action,
      at: e.createdAt,
      publicNote: e.publicNote,
      // The unit's own reasons, never staff's internal notes.
      unitNote: e.actorType === "UNIT" ? e.internalNote : null,
    })),
  };
}

/** The unit's steps the referral allows now; none once it is closed or the wish left REFERRED. */
export function unitStepsFor(view: UnitReferralView): UnitStep[] {
  if (view.closedAt || view.wishStatus !== "REFERRED") return [];
  return UNIT_STEPS.filter((s) =>
    canTakeReferralStep(s, {
      status: view.status,
      extensionRequestedAt: view.extension?.requestedAt ?? null,
      contactGrantedAt: null,
    }),
  );
}
