// Dashboard reads of stalls: drafts included, the actor's community only, never cached.
// The one exception, the *Community lookup, answers whose record a form names, so
// that another community's staff are refused before their input is parsed.
import "server-only";
import { db } from "@/lib/db";
import type { StallFormSource } from "./stall-form-schema";
import { isUuid } from "@/lib/uuid";

export async function listStallsForAdmin(communityId: string, marketDayId?: string) {
  return db.stall.findMany({
    where: { communityId, ...(marketDayId ? { marketDayId } : {}) },
    orderBy: [{ marketDay: { startsAt: "desc" } }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      name: true,
      category: true,
      marketDay: { select: { id: true, title: true, startsAt: true } },
    },
  });
}

export async function getStallForAdmin(
  communityId: string,
  id: string,
): Promise<(StallFormSource & { id: string }) | null> {
  const row = await db.stall.findFirst({
    where: { id, communityId },
    select: {
      id: true,
      marketDayId: true,
      key: true,
      number: true,
      name: true,
      nameEn: true,
      category: true,
      audiences: true,
      services: true,
      servicesEn: true,
      description: true,
      descriptionEn: true,
      hostNote: true,
      hostNoteEn: true,
      hosts: { select: { organizationId: true } },
    },
  });
  if (!row) return null;
  const { hosts, ...stall } = row;
  return { ...stall, hostIds: hosts.map((h) => h.organizationId) };
}

/** Whose stall the form names, for the action's check before parsing; null when malformed or unknown. */
export async function stallCommunity(id: string): Promise<{ communityId: string } | null> {
  return isUuid(id) ? db.stall.findUnique({ where: { id }, select: { communityId: true } }) : null;
}
