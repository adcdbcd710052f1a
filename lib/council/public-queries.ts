// The public /council page: held meetings, their agenda topics and decisions, and
// how many wishes each topic answered. Nothing about a wish beyond that count (no
// contents, no codes) and no attendees or minutes: the page is about outcomes.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db/client";
import { publicCommunitySlug } from "@/lib/community";
import { cacheTags } from "@/lib/cache/tags";

export interface PublicCouncilItem {
  id: string;
  position: number;
  topic: string;
  topicEn: string | null;
  decision: string | null;
  decisionEn: string | null;
  decidedAt: Date | null;
  /** When the decided work is due. */
  dueAt: Date | null;
  wishCount: number;
}

export interface PublicCouncilMeeting {
  id: string;
  title: string;
  titleEn: string | null;
  scheduledAt: Date;
  place: string;
  items: PublicCouncilItem[];
}

export async function listHeldCouncilMeetings(): Promise<PublicCouncilMeeting[]> {
  "use cache";
  cacheTag(cacheTags.council);
  cacheLife("days");
  const rows = await db.councilMeeting.findMany({
    where: { community: { slug: publicCommunitySlug() }, status: "HELD" },
    orderBy: { scheduledAt: "desc" },
    select: {
      id: true,
      title: true,
      titleEn: true,
      scheduledAt: true,
      place: true,
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
          _count: { select: { wishes: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    ...row,
    items: row.items.map(({ _count, ...item }) => ({ ...item, wishCount: _count.wishes })),
  }));
}
