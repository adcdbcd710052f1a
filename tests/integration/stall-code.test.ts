// Stall codes and old posters against a real, seeded database: the code a poster
// prints resolves to its market day and stall, and a link to a market day that
// is over gets the next one. Market days of 2090 stand in for "coming": the
// cached lists decide "upcoming" by the real clock, so the seeded December 2026
// day would stop being one.
import { beforeAll, describe, expect, it } from "vitest";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "@/lib/seed/data/market-days";
import { resolveStallCode, stallCodeOf } from "@/lib/market-days/stall-code-queries";
import { shanghaiInstant } from "@/lib/time/shanghai";
import { resolveWishPlace, type WishPlace } from "@/lib/wishes/wish-place";
import { placeOnArrival } from "@/lib/wishes/wish-place-on-arrival";
import { useTestDatabase } from "../helpers/use-test-database";

const testDb = await useTestDatabase();
const at = (date: string, time: string) => shanghaiInstant(date, time) ?? new Date(Number.NaN);
let communityId = "";

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  communityId = (await testDb.prisma.community.findUniqueOrThrow({ where: { slug: "yuandong" } })).id;
});

/** A market day with stalls of the given keys, numbered from 1, created now. */
async function marketDay(slug: string, startsAt: Date, keys: string[], status: MarketDayStatus = "PUBLISHED") {
  return testDb.prisma.marketDay.create({
    data: {
      communityId,
      slug,
      title: `测试市集 ${slug}`,
      theme: "测试",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      place: "园岭七街小公园",
      status,
      stalls: {
        create: keys.map((key, i) => ({
          communityId,
          key,
          number: i + 1,
          name: `摊位 ${key}`,
          category: "LIFE_SERVICE",
        })),
      },
    },
    include: { stalls: true },
  });
}

async function seededStall(slug: string, key: string) {
  return testDb.prisma.stall.findFirstOrThrow({ where: { key, marketDay: { slug } }, include: { marketDay: true } });
}

describe("stall codes", () => {
  it("print as the market day's Shanghai date and the stall number, and resolve back", async () => {
    const stall = await seededStall(MARKET_DAY_2026_SLUG, "free-haircuts");
    const code = await stallCodeOf(stall.marketDay, stall.number);
    expect(code).toBe(`261219-${stall.number}`);
    expect(await resolveStallCode(code ?? "")).toEqual({
      marketDay: { id: stall.marketDayId, slug: MARKET_DAY_2026_SLUG },
      stall: { id: stall.id },
    });
    // As typed on a phone: full-width, without the dash.
    expect((await resolveStallCode(`２６１２１９${stall.number}`))?.stall.id).toBe(stall.id);
  });

  it("resolve the past market day's stalls too (the form then says it is over)", async () => {
    const stall = await seededStall(MARKET_DAY_2023_SLUG, "free-haircuts");
    expect((await resolveStallCode(`230527-${stall.number}`))?.marketDay.slug).toBe(MARKET_DAY_2023_SLUG);
  });

  it("resolve to nothing for a number the day did not have, a day without a market, or nonsense", async () => {
    for (const code of ["261219-999", "261218-1", "261219", "not-a-code", "261219b-1"]) {
      expect(await resolveStallCode(code), code).toBeNull();
    }
  });

  it("give a second market day on the same date a letter, and keep the first one's code", async () => {
    const first = await seededStall(MARKET_DAY_2026_SLUG, "free-haircuts");
    const afternoon = await marketDay("winter-afternoon", at("2026-12-19", "14:30"), ["free-haircuts"]);
    expect(await stallCodeOf(afternoon, 1)).toBe("261219b-1");
    expect((await resolveStallCode("261219b-1"))?.stall.id).toBe(afternoon.stalls[0]?.id);
    expect(await stallCodeOf(first.marketDay, first.number)).toBe(`261219-${first.number}`);
    expect((await resolveStallCode(`261219-${first.number}`))?.stall.id).toBe(first.id);
  });

  it("name no draft, and keep their letter when it is published", async () => {
    const draft = await marketDay("draft-day", at("2090-03-03", "09:30"), ["legal-advice"], "DRAFT");
    const later = await marketDay("later-same-day", at("2090-03-03", "15:00"), ["legal-advice"]);
    expect(await resolveStallCode("900303-1")).toBeNull();
    expect((await resolveStallCode("900303b-1"))?.marketDay.slug).toBe("later-same-day");
    await testDb.prisma.marketDay.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    expect((await resolveStallCode("900303-1"))?.marketDay.slug).toBe("draft-day");
    expect(await stallCodeOf(later, 1)).toBe("900303b-1");
  });

  it("belong to the portal's community only", async () => {
    const other = await testDb.prisma.community.create({ data: { slug: "elsewhere", name: "别的社区" } });
    const day = await testDb.prisma.marketDay.create({
      data: {
        communityId: other.id,
        slug: "elsewhere-day",
        title: "别处的市集",
        theme: "测试",
        startsAt: at("2090-04-04", "09:30"),
        endsAt: at("2090-04-04", "12:00"),
        place: "别处",
        status: "PUBLISHED",
        stalls: { create: [{ communityId: other.id, key: "x", number: 1, name: "别处的摊位", category: "LEGAL" }] },
      },
    });
    expect(await resolveStallCode("900404-1")).toBeNull();
    expect(await stallCodeOf(day, 1)).toBeNull();
  });
});

describe("a link to a market day that is over", () => {
  let oldPlace: WishPlace;

  beforeAll(async () => {
    const stall = await seededStall(MARKET_DAY_2023_SLUG, "free-haircuts");
    const place = await resolveWishPlace(MARKET_DAY_2023_SLUG, stall.id);
    if (!place) throw new Error("the 2023 stall did not resolve");
    oldPlace = place;
    await marketDay("summer-2090", at("2090-06-10", "09:30"), ["legal-advice", "free-haircuts"]);
    await marketDay("called-off-2090", at("2090-05-20", "09:30"), ["free-haircuts"], "CANCELLED");
    await marketDay("autumn-2090", at("2090-09-01", "09:30"), ["legal-advice"]);
  });

  it("is still the place on its own day, even after closing time", async () => {
    const evening = await placeOnArrival(oldPlace, at("2023-05-27", "19:00"));
    expect(evening).toEqual({ place: oldPlace, over: null, next: null });
  });

  it("is over later: no stall, and the next published market day (not a cancelled one)", async () => {
    const arrival = await placeOnArrival(oldPlace, at("2090-05-01", "10:00"));
    expect(arrival.over).toBe(oldPlace);
    expect(arrival.place).toBeNull();
    expect(arrival.next?.slug).toBe("summer-2090");
  });

  it("goes to today's stall of the same key on the next market day's own date", async () => {
    const arrival = await placeOnArrival(oldPlace, at("2090-06-10", "10:00"));
    expect(arrival.next?.slug).toBe("summer-2090");
    expect(arrival.place?.marketDay.slug).toBe("summer-2090");
    expect(arrival.place?.stall).toMatchObject({ key: "free-haircuts", number: 2 });
  });

  it("has no stall today when today's market has no stall of that key", async () => {
    const arrival = await placeOnArrival(oldPlace, at("2090-09-01", "10:00"));
    expect(arrival.next?.slug).toBe("autumn-2090");
    expect(arrival.place).toBeNull();
  });

  it("has no next market day when none is announced", async () => {
    const arrival = await placeOnArrival(oldPlace, at("2091-01-01", "10:00"));
    expect(arrival).toMatchObject({ over: oldPlace, next: null, place: null });
  });

  it("without a stall, only says the day is over", async () => {
    const dayOnly = await resolveWishPlace(MARKET_DAY_2023_SLUG, null);
    const arrival = await placeOnArrival(dayOnly, at("2090-06-10", "10:00"));
    expect(arrival).toMatchObject({ over: dayOnly, place: null });
    expect(arrival.next?.slug).toBe("summer-2090");
  });
});
