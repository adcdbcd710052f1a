// Everything the printable one-page summary of a market day shows: the report
// figures, the community it is sent from, and the joint-council topics its wishes
// went to (topics and decisions only, no wish contents).
import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { getWishReport, type ReportMarketDay, type WishReport } from "./wish-report";

export interface MarketDaySummary {
  report: WishReport;
  marketDay: ReportMarketDay & { visitorCount: number | null; stallCount: number };
  community: { name: string; nameEn: string | null; subdistrict: string | null; district: string | null };
  councilTopics: {
    id: string;
    topic: string;
    topicEn: string | null;
    decision: string | null;
    decisionEn: string | null;
    wishCount: number;
  }[];
}

export async function getMarketDaySummary(
  actor: Actor | null,
  slug: string,
  now = new Date(),
): Promise<MarketDaySummary | null> {
  const scoped = await getWishReport(actor, { kind: "marketDay", slug }, now);
  if (!scoped?.marketDay || !actor) return null;
  const marketDayId = scoped.marketDay.id;
  const [community, extra, items] = await Promise.all([
    db.community.findUniqueOrThrow({
      where: { id: actor.communityId },
      select: { name: true, nameEn: true, subdistrict: true, district: true },
    }),
    db.marketDay.findUniqueOrThrow({
      where: { id: marketDayId },
      select: { visitorCount: true, _count: { select: { stalls: true } } },
    }),
    db.councilItem.findMany({
      where: { wishes: { some: { marketDayId } }, meeting: { communityId: actor.communityId } },
      orderBy: [{ meeting: { scheduledAt: "asc" } }, { position: "asc" }],
      select: {
        id: true,
        topic: true,
        topicEn: true,
        decision: true,
        decisionEn: true,
        _count: { select: { wishes: { where: { marketDayId } } } },
      },
    }),
  ]);
  return {
    report: scoped.report,
    marketDay: { ...scoped.marketDay, visitorCount: extra.visitorCount, stallCount: extra._count.stalls },
    community,
    councilTopics: items.map(({ _count, ...item }) => ({ ...item, wishCount: _count.wishes })),
  };
}
