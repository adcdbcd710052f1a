// The community of the notification a staff form names, for the action wrapper's
// check before anything is parsed (lib/forms/staff-action.ts); null when there is
// none. retryNotification checks it again.
import "server-only";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/uuid";

export async function notificationCommunity(id: string): Promise<{ communityId: string } | null> {
  if (!isUuid(id)) return null;
  const row = await db.notification.findUnique({ where: { id }, select: { wish: { select: { communityId: true } } } });
  return row ? row.wish : null;
}
