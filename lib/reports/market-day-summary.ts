// Everything the printable one-page summary of a market day shows: the report
// figures, the community it is sent from, and the joint-council topics its wishes
// went to (topics and decisions only, no wish contents).
import "server-only";
// A staff report: the replica when there is one (lib/db/replica.ts).
import { replicaDb } from "@/lib/db/replica";
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
  /** Per stall, in stall order: what its wishes came to (stalls with none included). */
  stalls: StallFigures[];
  /** The market day's wishes that name no stall (sent online for the day, say). */
  noStall: Omit<StallFigures, "id" | "number" | "name" | "nameEn">;
}

export interface StallFigures {
  id: string;
  number: number;
  name: string;
  nameEn: string | null;
  collected: number;
  handledOnSite: number;
  referred: number;
  settled: number;
}

export async function getMarketDaySummary(
  actor: Actor | null,
  slug: string,
  now = new Date(),
): Promise<MarketDaySummary | null> {
  const scoped = await getWishReport(actor, { kind: "marketDay", slug }, now);
  if (!scoped?.marketDay || !actor) return null;
  const marketDayId = scoped.marketDay.id;
  const reader = replicaDb();
  const [community, extra, items, stalls, noStall] = await Promise.all([
    reader.community.findUniqueOrThrow({
      where: { id: actor.communityId },
      select: { name: true, nameEn: true, subdistrict: true, district: true },
    }),
    reader.marketDay.findUniqueOrThrow({
      where: { id: marketDayId },
      select: { visitorCount: true, _count: { select: { stalls: true } } },
    }),
    reader.councilItem.findMany({
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
    // The same definitions as the report's figures: collected = every wish, handled
    // on site / referred = ever (their milestones), settled = settled now.
    reader.$queryRaw<StallFigures[]>`
      SELECT s.id, s.number, s.name, s."nameEn",
             count(w.id)::int AS collected,
             count(w."handledOnSiteAt")::int AS "handledOnSite",
             count(w."referredAt")::int AS referred,
             count(*) FILTER (WHERE w.status = 'SETTLED')::int AS settled
        FROM "Stall" s
        LEFT JOIN "Wish" w ON w."stallId" = s.id AND w."communityId" = ${actor.communityId}::uuid
       WHERE s."marketDayId" = ${marketDayId}::uuid
       GROUP BY s.id
       ORDER BY s.number`,
    reader.$queryRaw<MarketDaySummary["noStall"][]>`
      SELECT count(*)::int AS collected,
             count("handledOnSiteAt")::int AS "handledOnSite",
             count("referredAt")::int AS referred,
             count(*) FILTER (WHERE status = 'SETTLED')::int AS settled
        FROM "Wish"
       WHERE "marketDayId" = ${marketDayId}::uuid AND "stallId" IS NULL
         AND "communityId" = ${actor.communityId}::uuid`,
  ]);
  return {
    report: scoped.report,
    marketDay: { ...scoped.marketDay, visitorCount: extra.visitorCount, stallCount: extra._count.stalls },
    community,
    councilTopics: items.map(({ _count, ...item }) => ({ ...item, wishCount: _count.wishes })),
    stalls,
    noStall: noStall[0] ?? { collected: 0, handledOnSite: 0, referred: 0, settled: 0 },
  };
}
