// When a poster's market day is over for a resident who scans it, and which
// market day comes next, in Shanghai time whatever the server's zone.
import { describe, expect, it } from "vitest";
import { isMarketDayOver, isMarketDayToday, nextMarketDay } from "@/lib/market-days/market-day-over";
import type { MarketDayStatus } from "@/lib/db/generated/enums";
import { shanghaiInstant } from "@/lib/time/shanghai";

const at = (date: string, time: string) => shanghaiInstant(date, time) ?? new Date(Number.NaN);
const day = (date: string, status: MarketDayStatus = "PUBLISHED") => ({
  slug: date,
  startsAt: at(date, "09:30"),
  endsAt: at(date, "12:00"),
  status,
});

describe("isMarketDayOver", () => {
  const market = day("2026-12-19");

  it("is not over on its own day, even after closing time", () => {
    expect(isMarketDayOver(market, at("2026-12-19", "08:00"))).toBe(false);
    expect(isMarketDayOver(market, at("2026-12-19", "23:59"))).toBe(false);
  });

  it("is over from the next Shanghai morning", () => {
    expect(isMarketDayOver(market, at("2026-12-20", "00:00"))).toBe(true);
    expect(isMarketDayOver(market, at("2027-06-01", "10:00"))).toBe(true);
  });

  it("counts Shanghai days, not UTC ones: 01:00 on the 20th there is still the 19th in UTC", () => {
    expect(isMarketDayOver(market, at("2026-12-20", "01:00"))).toBe(true);
  });
});

describe("isMarketDayToday", () => {
  it("holds from the morning of the market day to its end of day", () => {
    const market = day("2026-12-19");
    expect(isMarketDayToday(market, at("2026-12-19", "07:00"))).toBe(true);
    expect(isMarketDayToday(market, at("2026-12-19", "20:00"))).toBe(true);
    expect(isMarketDayToday(market, at("2026-12-18", "20:00"))).toBe(false);
    expect(isMarketDayToday(market, at("2026-12-20", "07:00"))).toBe(false);
  });
});

describe("nextMarketDay", () => {
  const now = at("2026-12-05", "10:00");

  it("is the soonest published market day that has not ended", () => {
    const days = [day("2027-03-06"), day("2026-12-19"), day("2023-05-27")];
    expect(nextMarketDay(days, now)?.slug).toBe("2026-12-19");
  });

  it("skips cancelled days and drafts", () => {
    const days = [day("2026-12-12", "CANCELLED"), day("2026-12-13", "DRAFT"), day("2026-12-19")];
    expect(nextMarketDay(days, now)?.slug).toBe("2026-12-19");
  });

  it("counts a market day under way, not one that closed earlier today", () => {
    expect(nextMarketDay([day("2026-12-05")], at("2026-12-05", "11:00"))?.slug).toBe("2026-12-05");
    expect(nextMarketDay([day("2026-12-05")], at("2026-12-05", "13:00"))).toBeNull();
  });

  it("is null when none is announced", () => {
    expect(nextMarketDay([], now)).toBeNull();
  });
});
