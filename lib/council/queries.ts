// Dashboard reads of the joint council. Never cached: they depend on the actor and
// show wish contents. Every function is scoped to the actor's community.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { CouncilMeetingStatus, WishStatus } from "@/lib/db/generated/enums";
import { isUuid } from "@/lib/uuid";

export interface MeetingRow {
  id: string;
  title: string;
  titleEn: string | null;
  scheduledAt: Date;
  place: string;
  status: CouncilMeetingStatus;
  itemCount: number;
  undecidedCount: number;
}

export async function listMeetings(actor: Actor | null): Promise<MeetingRow[]> {
  assertCan(actor, "council.manage");
  const rows = await db.councilMeeting.findMany({
    where: { communityId: actor.communityId },
    orderBy: { scheduledAt: "desc" },
    select: {
      id: true,
      title: true,
      titleEn: true,
      scheduledAt: true,
      place: true,
      status: true,
      items: { select: { decidedAt: true } },
    },
  });
  return rows.map(({ items, ...row }) => ({
    ...row,
    itemCount: items.length,
    undecidedCount: items.filter((i) => i.decidedAt === null).length,
  }));
}

/**
 * Meetings a wish can be escalated to, for the wish page's form: the PLANNED ones
 * (the same rule as lib/wishes/escalate-wish.ts), soonest first, with their
 * undecided agenda items.
 */
export async function listMeetingsForEscalation(actor: Actor | null) {
  assertCan(actor, "wish.triage");
  return db.councilMeeting.findMany({
    where: { communityId: actor.communityId, status: "PLANNED" },
    orderBy: { scheduledAt: "asc" },
    take: 20,
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      status: true,
      items: {
        where: { decidedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, topic: true, position: true },
      },
    },
  });
}

export interface LinkedWish {
  id: string;
  trackingCode: string;
  /** The first characters of the content: enough to recognise the problem. */
  excerpt: string;
  status: WishStatus;
}

export interface AgendaItem {
  id: string;
  position: number;
  topic: string;
  topicEn: string | null;
  decision: string | null;
  decisionEn: string | null;
  decidedAt: Date | null;
  dueAt: Date | null;
  wishes: LinkedWish[];
}

export interface MeetingDetail {
  id: string;
  title: string;
  titleEn: string | null;
  scheduledAt: Date;
  place: string;
  attendees: string | null;
  minutes: string | null;
  status: CouncilMeetingStatus;
  items: AgendaItem[];
}

const EXCERPT_LENGTH = 60;

function excerpt(content: string, length = EXCERPT_LENGTH): string {
  const chars = [...content.trim()];
  return chars.length <= length ? chars.join("") : `${chars.slice(0, length).join("")}…`;
}

/** One meeting with its agenda and linked wishes (no personal data selected). Null when not in the actor's community. */
export async function getMeetingDetail(actor: Actor | null, meetingId: string): Promise<MeetingDetail | null> {
  assertCan(actor, "council.manage");
  if (!isUuid(meetingId)) return null;
  const meeting = await db.councilMeeting.findFirst({
    where: { id: meetingId, communityId: actor.communityId },
    select: {
      id: true,
      title: true,
      titleEn: true,
      scheduledAt: true,
      place: true,
      attendees: true,
      minutes: true,
      status: true,
      items: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          position: true,
          topic: true,
          topicEn: true,
          decision: true,
          decisionEn: true,
          decidedAt: true,
          dueAt: true,
          wishes: {
            where: { communityId: actor.communityId },
            orderBy: { createdAt: "asc" },
            select: { id: true, trackingCode: true, content: true, status: true },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  return {
    ...meeting,
    items: meeting.items.map((item) => ({
      ...item,
      wishes: item.wishes.map(({ content, ...w }) => ({ ...w, excerpt: excerpt(content) })),
    })),
  };
}

// The community of the record a form names, for the action wrapper's check
// before anything typed is parsed (lib/forms/staff-action.ts); null when there
// is no such record. The services check the community again when they write.

export async function meetingCommunity(meetingId: string): Promise<{ communityId: string } | null> {
  if (!isUuid(meetingId)) return null;
  return db.councilMeeting.findUnique({ where: { id: meetingId }, select: { communityId: true } });
}

export async function councilItemCommunity(itemId: string): Promise<{ communityId: string } | null> {
  if (!isUuid(itemId)) return null;
  const item = await db.councilItem.findUnique({
    where: { id: itemId },
    select: { meeting: { select: { communityId: true } } },
  });
  return item?.meeting ?? null;
}
