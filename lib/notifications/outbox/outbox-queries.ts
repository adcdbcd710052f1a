// What the dashboard's outbox page reads: recent notifications of the actor's
// community, with their state and the wish's tracking code. Never the phone or
// the email address: staff who need them open the wish, where a reveal is logged.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { NotificationStatus } from "@/lib/db/generated/enums";
import { readEnv } from "@/lib/env";
import { recentLoggedSms, type LoggedSms } from "@/lib/notifications/channels/log-outbox";

const PAGE_SIZE = 100;

/** DEAD first: what needs staff. Then the rest in the order a message lives. */
export const STATUS_ORDER = ["DEAD", "SKIPPED", "PENDING", "SENDING", "SENT"] as const satisfies NotificationStatus[];

/** ?status=DEAD → "DEAD"; anything else → all. */
export function parseStatusFilter(value: unknown): NotificationStatus | null {
  return typeof value === "string" && (Object.values(NotificationStatus) as string[]).includes(value)
    ? (value as NotificationStatus)
    : null;
}

export async function listOutbox(actor: Actor, status: NotificationStatus | null) {
  assertCan(actor, "notification.manage");
  const where = { wish: { communityId: actor.communityId }, ...(status ? { status } : {}) };
  const [rows, grouped] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        channel: true,
        status: true,
        attempts: true,
        lastErrorCode: true,
        deliverAfter: true,
        sentAt: true,
        createdAt: true,
        wish: { select: { id: true, trackingCode: true } },
      },
    }),
    db.notification.groupBy({
      by: ["status"],
      where: { wish: { communityId: actor.communityId } },
      _count: { _all: true },
    }),
  ]);
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<NotificationStatus, number>;
  for (const group of grouped) counts[group.status] = group._count._all;
  return { rows, counts };
}

/**
 * What the `log` SMS provider "sent" in this process, phones masked: shown in
 * development only, so a developer can read the texts residents would get.
 */
export function loggedSmsForDevelopers(actor: Actor): LoggedSms[] | null {
  assertCan(actor, "notification.manage");
  const env = readEnv();
  if (env.NODE_ENV === "production" || env.SMS_PROVIDER !== "log") return null;
  return recentLoggedSms(20);
}
