// Staff notifications (issue 13 §7), run every few minutes by the notification
// worker: new wishes and deadlines (at 75 % of their time and when passed) go
// to the staff group's webhook and to members who asked by email, batched per
// community and run; each member who asked gets a digest every morning. Every
// alert is a row with a unique key, so however often (and on however many
// instances) the job runs, each alert is sent once; a failed send is tried again
// next run, up to five times. Quiet hours hold everything until the morning.
import "server-only";
import { db } from "@/lib/db";
import type { StaffAlertKind } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { emailChannelFromEnv } from "@/lib/notifications/channels/from-env";
import type { EmailChannel, SendResult } from "@/lib/notifications/channels/types";
import { firstDeliveryAt } from "@/lib/notifications/messages/quiet-hours";
import { shanghaiDayStart } from "@/lib/notifications/messages/daily-cap";
import { shanghaiDay, shanghaiWallClock } from "@/lib/time/shanghai";
import { workingShareElapsed } from "@/lib/time/working-days";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/db/generated/enums";
import { alertText, digestText, type AlertLine } from "./alert-texts";
import { groupWebhook, type GroupWebhook } from "./group-webhook";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_ATTEMPTS = 5;
/** "Due soon" is the last quarter of the time allowed (75 % has passed). */
const SOON_SHARE = 0.25;
const DIGEST_HOUR = 8;
const OPEN = ["SUBMITTED", "REFERRED", "ESCALATED", "DECIDED", "REOPENED"] as const;
/**
 * An overdue referral is flagged to the community secretary (issue 14 §2)
 * whatever they chose for other alerts: the roles that run the council, which
 * chases units (and admins), get it at their alert address.
 */
const FLAGGED_OVERDUE_ROLES = (Object.keys(ROLE_PERMISSIONS) as StaffRole[]).filter((role) =>
  ROLE_PERMISSIONS[role].includes("council.manage"),
);

export interface StaffAlertChannels {
  webhook: GroupWebhook | null;
  email: EmailChannel | null;
}

const configured = (): StaffAlertChannels => ({
  webhook: env.STAFF_WEBHOOK_URL ? groupWebhook(env.STAFF_WEBHOOK_URL) : null,
  email: emailChannelFromEnv(),
});

export interface StaffAlertRun {
  sent: number;
  failed: number;
  digests: number;
  quiet: boolean;
}

interface Candidate {
  kind: StaffAlertKind;
  wishId: string;
  due: Date | null;
}

/** The alerts this moment calls for in one community, before de-duplication. */
async function candidates(communityId: string, now: Date): Promise<Candidate[]> {
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const [fresh, replies, referrals] = await Promise.all([
    db.wish.findMany({
      where: { communityId, createdAt: { gte: new Date(now.getTime() - DAY) }, status: { not: "DUPLICATE" } },
      select: { id: true },
    }),
    db.wish.findMany({
      where: {
        communityId,
        status: "SUBMITTED",
        // Due within a fortnight: the working-day share below picks the ones due soon.
        replyDueAt: { gte: weekAgo, lte: new Date(now.getTime() + 14 * DAY) },
      },
      select: { id: true, replyDueAt: true, createdAt: true },
    }),
    db.wish.findMany({
      where: {
        communityId,
        status: "REFERRED",
        referralDueAt: { gte: weekAgo, lte: new Date(now.getTime() + 60 * DAY) },
      },
      select: { id: true, referralDueAt: true, referredAt: true },
    }),
  ]);
  const list: Candidate[] = fresh.map((w) => ({ kind: "NEW_WISH", wishId: w.id, due: null }));
  // Due soon: the last quarter of the working time (weekends and holidays do not count).
  const dueSoon = (start: Date, due: Date) => workingShareElapsed(start, due, now) >= 1 - SOON_SHARE;
  for (const w of replies) {
    if (w.replyDueAt < now) list.push({ kind: "REPLY_OVERDUE", wishId: w.id, due: w.replyDueAt });
    else if (dueSoon(w.createdAt, w.replyDueAt)) list.push({ kind: "REPLY_DUE_SOON", wishId: w.id, due: w.replyDueAt });
  }
  for (const w of referrals) {
    const due = w.referralDueAt!;
    if (due < now) list.push({ kind: "REFERRAL_OVERDUE", wishId: w.id, due });
    else if (w.referredAt && dueSoon(w.referredAt, due)) list.push({ kind: "REFERRAL_DUE_SOON", wishId: w.id, due });
  }
  return list;
}

const dedupeKey = (c: Candidate) => [c.kind, c.wishId, c.due?.toISOString()].filter(Boolean).join(":");

/** Sends to every destination; the alert is done only when all of them took it. */
async function sendAll(sends: Promise<SendResult>[]): Promise<SendResult> {
  const results = await Promise.all(sends);
  return results.find((r) => !r.ok && r.retry) ?? results.find((r) => !r.ok) ?? { ok: true };
}

async function settle(ids: string[], result: SendResult, attempts: number, run: StaffAlertRun) {
  if (ids.length === 0) return;
  if (result.ok) run.sent += ids.length;
  else run.failed += ids.length;
  await db.staffAlert.updateMany({
    where: { id: { in: ids } },
    data: result.ok
      ? { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } }
      : {
          status: result.retry && attempts + 1 < MAX_ATTEMPTS ? "PENDING" : "DEAD",
          attempts: { increment: 1 },
          lastErrorCode: result.code,
        },
  });
}

async function wishAlerts(
  community: { id: string; name: string; replyTargetHours: number },
  now: Date,
  channels: StaffAlertChannels,
  run: StaffAlertRun,
) {
  const found = await candidates(community.id, now);
  await db.staffAlert.createMany({
    data: found.map((c) => ({ communityId: community.id, kind: c.kind, wishId: c.wishId, dedupeKey: dedupeKey(c) })),
    skipDuplicates: true,
  });
  const pending = await db.staffAlert.findMany({
    where: { communityId: community.id, status: "PENDING", kind: { not: "DIGEST" } },
    select: {
      id: true,
      kind: true,
      attempts: true,
      wish: {
        select: {
          id: true,
          trackingCode: true,
          category: true,
          status: true,
          firstReplyAt: true,
          replyDueAt: true,
          referralDueAt: true,
        },
      },
    },
  });
  // Answered or moved on since the alert was written: nothing to chase any more.
  const stale = pending.filter(
    (a) =>
      !a.wish ||
      (a.kind.startsWith("REPLY") && a.wish.firstReplyAt !== null) ||
      (a.kind.startsWith("REFERRAL") && a.wish.status !== "REFERRED"),
  );
  if (stale.length > 0)
    await db.staffAlert.updateMany({
      where: { id: { in: stale.map((a) => a.id) } },
      data: { status: "SKIPPED", lastErrorCode: "resolved" },
    });
  const live = pending.filter((a) => !stale.includes(a));
  if (live.length === 0) return;

  const lines: AlertLine[] = live.map((a) => ({
    kind: a.kind,
    wishId: a.wish!.id,
    trackingCode: a.wish!.trackingCode,
    category: a.wish!.category,
    dueAt: a.kind.startsWith("REPLY")
      ? a.wish!.replyDueAt
      : a.kind.startsWith("REFERRAL")
        ? a.wish!.referralDueAt
        : null,
  }));
  const members = channels.email
    ? await db.staffUser.findMany({
        where: {
          communityId: community.id,
          active: true,
          alertEmail: { not: null },
          OR: [{ alertNewWishes: true }, { alertDeadlines: true }, { role: { in: FLAGGED_OVERDUE_ROLES } }],
        },
        select: { alertEmail: true, alertNewWishes: true, alertDeadlines: true, role: true },
      })
    : [];
  const sends: Promise<SendResult>[] = [];
  if (channels.webhook) sends.push(channels.webhook.send(alertText(community.name, lines).text));
  for (const member of members) {
    const flagged = FLAGGED_OVERDUE_ROLES.includes(member.role);
    const own = lines.filter((l) =>
      l.kind === "NEW_WISH"
        ? member.alertNewWishes
        : member.alertDeadlines || (flagged && l.kind === "REFERRAL_OVERDUE"),
    );
    if (own.length === 0 || !channels.email) continue;
    const { subject, text } = alertText(community.name, own);
    sends.push(
      channels.email.send({ to: member.alertEmail!, subject, text, id: `alerts-${live[0]!.id}-${member.alertEmail}` }),
    );
  }
  const ids = live.map((a) => a.id);
  if (sends.length === 0) {
    // Nobody listens: marked, so that a webhook set up later does not get a backlog.
    await db.staffAlert.updateMany({
      where: { id: { in: ids } },
      data: { status: "SKIPPED", lastErrorCode: "no-destination" },
    });
    return;
  }
  await settle(ids, await sendAll(sends), Math.max(...live.map((a) => a.attempts)), run);
}

async function digests(community: { id: string; name: string }, now: Date, email: EmailChannel, run: StaffAlertRun) {
  const day = shanghaiDay(now);
  const members = await db.staffUser.findMany({
    where: { communityId: community.id, active: true, dailyDigest: true, alertEmail: { not: null } },
    select: { id: true, alertEmail: true },
  });
  if (members.length === 0) return;
  await db.staffAlert.createMany({
    data: members.map((m) => ({
      communityId: community.id,
      kind: "DIGEST" as const,
      staffUserId: m.id,
      dedupeKey: `DIGEST:${m.id}:${day}`,
    })),
    skipDuplicates: true,
  });
  const pending = await db.staffAlert.findMany({
    where: { communityId: community.id, kind: "DIGEST", status: "PENDING", dedupeKey: { endsWith: `:${day}` } },
    select: { id: true, attempts: true, staffUserId: true },
  });
  if (pending.length === 0) return;
  const today = shanghaiDayStart(now);
  const tomorrow = new Date(today.getTime() + DAY);
  const where = { communityId: community.id };
  const [newYesterday, dueToday, overdue, open] = await Promise.all([
    db.wish.count({ where: { ...where, createdAt: { gte: new Date(today.getTime() - DAY), lt: today } } }),
    db.wish.count({
      where: {
        ...where,
        OR: [
          { status: "SUBMITTED", replyDueAt: { gte: now, lt: tomorrow } },
          { status: "REFERRED", referralDueAt: { gte: now, lt: tomorrow } },
        ],
      },
    }),
    db.wish.count({
      where: {
        ...where,
        OR: [
          { status: "SUBMITTED", replyDueAt: { lt: now } },
          { status: "REFERRED", referralDueAt: { lt: now } },
        ],
      },
    }),
    db.wish.count({ where: { ...where, status: { in: [...OPEN] } } }),
  ]);
  const { subject, text } = digestText(community.name, day, { newYesterday, dueToday, overdue, open });
  for (const alert of pending) {
    const member = members.find((m) => m.id === alert.staffUserId);
    if (!member) continue;
    const result = await email.send({ to: member.alertEmail!, subject, text, id: `digest-${alert.id}` });
    if (result.ok) run.digests++;
    await settle([alert.id], result, alert.attempts, run);
  }
}

export async function runStaffAlerts(
  now: Date = new Date(),
  options: { quietHours?: string; channels?: StaffAlertChannels } = {},
): Promise<StaffAlertRun> {
  const run: StaffAlertRun = { sent: 0, failed: 0, digests: 0, quiet: false };
  if (firstDeliveryAt(now, options.quietHours).getTime() > now.getTime()) return { ...run, quiet: true };
  const channels = options.channels ?? configured();
  const communities = await db.community.findMany({ select: { id: true, name: true, replyTargetHours: true } });
  for (const community of communities) {
    await wishAlerts(community, now, channels, run);
    if (channels.email && shanghaiWallClock(now).hour >= DIGEST_HOUR)
      await digests(community, now, channels.email, run);
  }
  return run;
}
