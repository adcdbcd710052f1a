// The market day's time and place as text: what 复制时间地点 copies (the words of
// the page's 时间和地点 box) and the calendar file's location.
import { describe, expect, it } from "vitest";
import { marketDayLocation, whenWhereText, type WhenWhereDay } from "@/lib/market-days/when-where-text";

const DAY: WhenWhereDay = {
  title: "党员服务市集（冬季）",
  titleEn: "Party-member service market (winter)",
  // 09:30–12:00 in Shenzhen.
  startsAt: new Date("2026-12-19T01:30:00Z"),
  endsAt: new Date("2026-12-19T04:00:00Z"),
  place: "园岭七街小公园",
  placeEn: "Small park on Yuanling 7th Street",
  address: "深圳市福田区园岭街道园岭七街",
  addressEn: "Yuanling 7th Street, Futian, Shenzhen",
};

describe("whenWhereText", () => {
  it("gives title, time and place on three lines, in Shenzhen time, in Chinese", () => {
    const labels = { when: "时间：", where: "地点：", timeZoneNote: "（北京时间）" };
    expect(whenWhereText(DAY, "zh-CN", labels)).toBe(
      [
        "党员服务市集（冬季）",
        "时间：2026年12月19日星期六 09:30–12:00（北京时间）",
        "地点：园岭七街小公园（深圳市福田区园岭街道园岭七街）",
      ].join("\n"),
    );
  });

  it("uses the English columns on an English page", () => {
    const labels = { when: "When: ", where: "Where: ", timeZoneNote: "(China Standard Time)" };
    expect(whenWhereText(DAY, "en", labels)).toBe(
      [
        "Party-member service market (winter)",
        "When: Saturday, 19 December 2026 09:30–12:00 (China Standard Time)",
        "Where: Small park on Yuanling 7th Street, Yuanling 7th Street, Futian, Shenzhen",
      ].join("\n"),
    );
  });
});

describe("marketDayLocation", () => {
  it("adds the address only when there is one that differs from the place", () => {
    expect(marketDayLocation({ ...DAY, address: null, addressEn: null }, "zh-CN")).toBe("园岭七街小公园");
    expect(marketDayLocation({ ...DAY, address: DAY.place }, "zh-CN")).toBe("园岭七街小公园");
    // No English column written: the Chinese one stands in.
    expect(marketDayLocation({ ...DAY, placeEn: null, addressEn: null }, "en")).toBe(
      "园岭七街小公园, 深圳市福田区园岭街道园岭七街",
    );
  });
});
