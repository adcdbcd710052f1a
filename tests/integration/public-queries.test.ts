// The public data-access layer against a real, seeded database.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "@/lib/seed/data/market-days";
import { getMarketDay, listMarketDays } from "@/lib/market-days/queries";
import { getStall, searchStalls } from "@/lib/stalls/queries";
import { getOrganization, listOrganizations } from "@/lib/organizations/queries";
import { getCommunityWishFigures, getMarketDayWishFigures } from "@/lib/wishes/public-figures";
import { parseDirectoryFilter } from "@/lib/stalls/directory-filter";
import { declaredTags } from "../helpers/next-cache";
import { useTestDatabase } from "../helpers/use-test-database";

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});

const filter = (query: string) => parseDirectoryFilter(new URLSearchParams(query));

describe("market days", () => {
  it("lists upcoming first and past after, and features the next one", async () => {
    const lists = await listMarketDays();
    expect(lists.upcoming.map((d) => d.slug)).toEqual([MARKET_DAY_2026_SLUG]);
    expect(lists.past.map((d) => d.slug)).toEqual([MARKET_DAY_2023_SLUG]);
    expect(lists.featured?.slug).toBe(MARKET_DAY_2026_SLUG);
    expect(lists.past[0]?.stallCount).toBe(15);
  });

  it("hides drafts everywhere", async () => {
    const community = await testDb.prisma.community.findUniqueOrThrow({ where: { slug: "yuandong" } });
    await testDb.prisma.marketDay.create({
      data: {
        communityId: community.id,
        slug: "draft-day",
        title: "草稿市集",
        theme: "未发布",
        startsAt: new Date("2027-01-01T02:00:00Z"),
        endsAt: new Date("2027-01-01T04:00:00Z"),
        place: "某处",
        status: "DRAFT",
      },
    });
    expect((await listMarketDays()).upcoming.map((d) => d.slug)).not.toContain("draft-day");
    expect(await getMarketDay("draft-day")).toBeNull();
  });

  it("gives one market day with its stalls, hosts and organisers", async () => {
    const day = await getMarketDay(MARKET_DAY_2023_SLUG);
    expect(day).not.toBeNull();
    expect(day?.title).toBe("党员服务市集");
    expect(day?.theme).toBe("关爱一老一小 共建宜居家园");
    expect(day?.isPast).toBe(true);
    expect(day?.visitorCount).toBe(1500);
    expect(day?.stalls).toHaveLength(15);
    expect(day?.stalls.map((s) => s.number)).toEqual([...Array(15).keys()].map((i) => i + 1));
    const haircut = day?.stalls.find((s) => s.name === "爱心义剪");
    expect(haircut?.hosts.map((h) => h.name)).toContain("园岭街道退役军人红星志愿服务队");
    expect(haircut?.audiences).toContain("ELDERLY");
    expect(day?.organizations.find((o) => o.role === "ORGANIZER")?.name).toBe("园东社区党委");
    expect(declaredTags).toContain(`market-day:${day?.id}`);
  });

  it("computes the reported outcome from the wishes: 39 collected, 27 on site, 12 referred", async () => {
    const day = await getMarketDay(MARKET_DAY_2023_SLUG);
    const figures = await getMarketDayWishFigures(day!.id);
    expect(figures.collected).toBe(39);
    expect(figures.handledOnSite).toBe(27);
    expect(figures.referred).toBe(12);
    expect(figures.escalated).toBe(3);
    const settled = await testDb.prisma.wish.count({ where: { marketDayId: day!.id, status: "SETTLED" } });
    expect(figures.settled).toBe(settled);
    expect(await getCommunityWishFigures()).toMatchObject({ collected: 39, handledOnSite: 27, referred: 12 });
  });

  it("an unknown slug gives null", async () => {
    expect(await getMarketDay("no-such-day")).toBeNull();
  });
});

describe("stall directory", () => {
  it("finds the free haircuts by the Chinese substring 理发", async () => {
    const names = (await searchStalls(filter("q=理发"))).map((s) => s.name);
    expect(names).toContain("爱心义剪");
    expect(names).not.toContain("与法同行");
  });

  it("searches English too, case-insensitively", async () => {
    const names = (await searchStalls(filter("q=HAIRCUT"))).map((s) => s.name);
    expect(names).toContain("爱心义剪");
  });

  it("filters by audience", async () => {
    const elderly = await searchStalls(filter("audience=elderly"));
    expect(elderly.length).toBeGreaterThan(0);
    for (const s of elderly) expect(s.audiences).toContain("ELDERLY");
    expect(elderly.map((s) => s.name)).toEqual(expect.arrayContaining(["乐龄服务", "中医理疗", "爱心义剪"]));
    const mothers = (await searchStalls(filter("audience=mothers"))).map((s) => s.name);
    expect(mothers).toEqual(["妈妈岗"]);
  });

  it("filters by category and combines filters", async () => {
    const legal = await searchStalls(filter("category=legal"));
    expect(legal.map((s) => s.name)).toEqual(["与法同行"]);
    expect(await searchStalls(filter("category=legal&audience=children"))).toEqual([]);
  });

  it("lists a recurring stall once, at its latest market day", async () => {
    const all = await searchStalls(filter(""));
    const keys = all.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const haircut = all.find((s) => s.name === "爱心义剪");
    expect(haircut?.marketDay.slug).toBe(MARKET_DAY_2026_SLUG);
  });

  it("treats LIKE wildcards as plain characters", async () => {
    expect(await searchStalls(filter("q=%"))).toEqual([]);
    expect(await searchStalls(filter("q=_"))).toEqual([]);
  });

  it("uses the trigram index for the search, not a table scan", async () => {
    await testDb.prisma.$executeRawUnsafe("SET enable_seqscan = off");
    const plan = await testDb.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT id FROM "Stall" WHERE "searchText" LIKE '%免费理发%'`,
    );
    await testDb.prisma.$executeRawUnsafe("RESET enable_seqscan");
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Stall_searchText_trgm_idx");
  });
});

describe("stall and organisation pages", () => {
  it("gives a stall with its hosts, services and the market days it appeared at", async () => {
    const [haircut] = (await searchStalls(filter("q=义剪"))).filter((s) => s.name === "爱心义剪");
    const stall = await getStall(haircut!.id);
    expect(stall?.services.length).toBeGreaterThan(0);
    expect(stall?.appearances.map((a) => a.slug)).toEqual([MARKET_DAY_2026_SLUG, MARKET_DAY_2023_SLUG]);
    expect(await getStall("00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("lists partner units and what each hosted", async () => {
    const orgs = await listOrganizations();
    const veterans = orgs.find((o) => o.name === "园岭街道退役军人红星志愿服务队");
    expect(veterans?.stallCount).toBe(2);
    const detail = await getOrganization(veterans!.id);
    expect(detail?.stalls.map((s) => s.name)).toEqual(["爱心义剪", "爱心义剪"]);
  });
});
