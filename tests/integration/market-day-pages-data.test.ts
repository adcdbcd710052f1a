// The calendar and feed query against a real, seeded database, fed through the
// builders the route handlers use.
import { beforeAll, describe, expect, it } from "vitest";
import ical, { type VEvent } from "node-ical";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "@/lib/seed/data/market-days";
import { listSyndicatedMarketDays, upcomingOnly } from "@/lib/market-days/syndication-queries";
import { getMarketDay } from "@/lib/market-days/queries";
import { buildMarketDayCalendar } from "@/lib/market-days/calendar";
import { buildMarketDayFeed } from "@/lib/market-days/feed";
import { declaredTags } from "../helpers/next-cache";
import { useTestDatabase } from "../helpers/use-test-database";

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});

const calendarOptions = {
  locale: "zh-CN",
  baseUrl: "https://huiyin.example.cn",
  name: "市集",
  cancelledLabel: "已取消",
};

describe("listSyndicatedMarketDays", () => {
  it("gives the public market days soonest first, tagged for invalidation", async () => {
    const days = await listSyndicatedMarketDays();
    expect(days.map((d) => d.slug)).toEqual([MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG]);
    expect(declaredTags).toContain("market-days");
    for (const day of days) expect(declaredTags).toContain(`market-day:${day.id}`);
    expect(days[0]?.address).toBe("深圳市福田区园岭街道园岭七街");
  });

  it("keeps drafts out and cancelled market days in", async () => {
    const community = await testDb.prisma.community.findUniqueOrThrow({ where: { slug: "yuandong" } });
    const base = {
      communityId: community.id,
      title: "测试市集",
      theme: "测试",
      startsAt: new Date("2027-03-01T02:00:00Z"),
      endsAt: new Date("2027-03-01T04:00:00Z"),
      place: "某处",
    };
    await testDb.prisma.marketDay.create({ data: { ...base, slug: "draft-day", status: "DRAFT" } });
    await testDb.prisma.marketDay.create({ data: { ...base, slug: "called-off", status: "CANCELLED" } });
    const slugs = (await listSyndicatedMarketDays()).map((d) => d.slug);
    expect(slugs).not.toContain("draft-day");
    expect(slugs).toContain("called-off");
  });

  it("feeds the calendar: only coming market days, the winter one among them", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const upcoming = upcomingOnly(await listSyndicatedMarketDays(), now);
    expect(upcoming.map((d) => d.slug)).toEqual([MARKET_DAY_2026_SLUG, "called-off"]);
    const events = Object.values(ical.sync.parseICS(buildMarketDayCalendar(upcoming, calendarOptions))).filter(
      (c): c is VEvent => c?.type === "VEVENT",
    );
    const winter = events.find((e) => e.start.toISOString() === "2026-12-19T01:30:00.000Z");
    expect(winter?.status).toBe("CONFIRMED");
    expect(events.find((e) => e.status === "CANCELLED")).toBeDefined();
  });

  it("feeds the Atom feed with every public market day", async () => {
    const xml = buildMarketDayFeed(await listSyndicatedMarketDays(), {
      locale: "en",
      baseUrl: "https://huiyin.example.cn",
      title: "Market days",
      subtitle: "Announcements",
      author: "Huiyin",
      cancelledLabel: "Cancelled",
    });
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain(`https://huiyin.example.cn/en/market-days/${MARKET_DAY_2023_SLUG}`);
  });

  it("the single-day calendar works from the page's own query", async () => {
    const day = await getMarketDay(MARKET_DAY_2023_SLUG);
    const ics = buildMarketDayCalendar([day!], calendarOptions);
    expect(ics).toContain("DTSTART;TZID=Asia/Shanghai:20230527T143000");
    expect(ics).toContain(`UID:${day!.id}@huiyin`);
  });
});
