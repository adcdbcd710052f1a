// The iCalendar builder, checked by parsing its output with an independent
// parser (node-ical) and by reading the raw lines RFC 5545 is strict about.
import { afterEach, describe, expect, it } from "vitest";
import ical, { type ParameterValue, type VEvent } from "node-ical";
import { buildMarketDayCalendar, calendarFilename, type CalendarMarketDay } from "@/lib/market-days/calendar";

const DAY: CalendarMarketDay = {
  id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
  slug: "2023-05-27-party-member-service-market",
  title: "党员服务市集，义剪；法律咨询",
  titleEn: "Service market, haircuts; legal advice",
  theme: "关爱一老一小 共建宜居家园",
  themeEn: "Care for the old and the young",
  description: "园东社区党委联合超过15个包联单位设立18个摊位，".repeat(8) + "\n第二段：反斜杠 \\ 也要转义。",
  descriptionEn: null,
  place: "园岭七街小公园",
  placeEn: "Small park on Yuanling 7th Street",
  address: "深圳市福田区园岭街道园岭七街",
  addressEn: "Yuanling 7th Street, Futian, Shenzhen",
  // 14:30–17:30 Shanghai time.
  startsAt: new Date("2023-05-27T06:30:00Z"),
  endsAt: new Date("2023-05-27T09:30:00Z"),
  status: "PUBLISHED",
  updatedAt: new Date("2023-05-20T02:00:00Z"),
};

const OPTIONS = {
  locale: "zh-CN",
  baseUrl: "https://huiyin.example.cn/",
  name: "园东社区党员服务市集",
  cancelledLabel: "已取消",
};

// node-ical gives a property with parameters (URL;VALUE=URI:…) as { val, params }.
function text(value: ParameterValue | undefined): string | undefined {
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

function events(ics: string): VEvent[] {
  const parsed = ical.sync.parseICS(ics);
  return Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("buildMarketDayCalendar", () => {
  it("writes one VEVENT with a stable UID, DTSTAMP and Shanghai start and end", () => {
    const ics = buildMarketDayCalendar([DAY], OPTIONS);
    const [event] = events(ics);
    expect(event?.uid).toBe(`${DAY.id}@huiyin`);
    expect(event?.dtstamp.toISOString()).toBe("2023-05-20T02:00:00.000Z");
    expect(event?.start.toISOString()).toBe("2023-05-27T06:30:00.000Z");
    expect(event?.end?.toISOString()).toBe("2023-05-27T09:30:00.000Z");
    expect(event?.start.tz).toBe("Asia/Shanghai");
    expect(event?.status).toBe("CONFIRMED");
    expect(text(event?.url)).toBe(`https://huiyin.example.cn/market-days/${DAY.slug}`);
    expect(ics).toContain("DTSTART;TZID=Asia/Shanghai:20230527T143000\r\n");
    expect(ics).toContain("DTEND;TZID=Asia/Shanghai:20230527T173000\r\n");
    // DTSTAMP is UTC, as RFC 5545 requires.
    expect(ics).toContain("DTSTAMP:20230520T020000Z\r\n");
  });

  it("writes Shanghai wall-clock time whatever the server's own time zone", () => {
    for (const tz of ["UTC", "America/New_York", "Europe/Berlin", "Asia/Shanghai"]) {
      process.env.TZ = tz;
      const ics = buildMarketDayCalendar([DAY], OPTIONS);
      expect(ics, tz).toContain("DTSTART;TZID=Asia/Shanghai:20230527T143000\r\n");
      expect(events(ics)[0]?.start.toISOString(), tz).toBe("2023-05-27T06:30:00.000Z");
    }
  });

  it("defines Asia/Shanghai in a VTIMEZONE block at +0800", () => {
    const ics = buildMarketDayCalendar([DAY], OPTIONS);
    const block = ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    expect(block).toContain("TZID:Asia/Shanghai");
    expect(block).toContain("TZOFFSETFROM:+0800");
    expect(block).toContain("TZOFFSETTO:+0800");
    expect(ics.indexOf("END:VTIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
  });

  it("escapes commas, semicolons, backslashes and newlines so that they round-trip", () => {
    const ics = buildMarketDayCalendar([DAY], OPTIONS);
    // Full-width Chinese punctuation needs no escaping; ASCII ones do (English below).
    expect(ics).toContain("SUMMARY:党员服务市集，义剪；法律咨询\r\n");
    const [event] = events(ics);
    expect(text(event?.summary)).toBe(DAY.title);
    expect(text(event?.description)).toContain("第二段：反斜杠 \\ 也要转义。");
    expect(text(event?.description)).toContain("\n第二段");
    expect(text(event?.location)).toBe("园岭七街小公园（深圳市福田区园岭街道园岭七街）");

    const en = buildMarketDayCalendar([DAY], { ...OPTIONS, locale: "en" });
    expect(en).toContain("SUMMARY:Service market\\, haircuts\\; legal advice\r\n");
    const [enEvent] = events(en);
    expect(text(enEvent?.summary)).toBe("Service market, haircuts; legal advice");
    expect(text(enEvent?.location)).toBe("Small park on Yuanling 7th Street, Yuanling 7th Street, Futian, Shenzhen");
    expect(text(enEvent?.url)).toBe(`https://huiyin.example.cn/en/market-days/${DAY.slug}`);
  });

  it("folds long lines at 75 octets and ends every line with CRLF", () => {
    const ics = buildMarketDayCalendar([DAY], OPTIONS);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    // The long Chinese description really was folded onto continuation lines.
    const start = lines.findIndex((l) => l.startsWith("DESCRIPTION:"));
    expect(lines[start + 1]?.startsWith(" ")).toBe(true);
    // Folding never splits a multi-byte character: every line is valid UTF-8 on its own.
    for (const line of lines) expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
    // And the unfolded description is whole again.
    expect(text(events(ics)[0]?.description)).toContain(DAY.description?.slice(0, 200));
  });

  it("marks a cancelled market day as CANCELLED and says so in the summary", () => {
    const ics = buildMarketDayCalendar([{ ...DAY, status: "CANCELLED" }], OPTIONS);
    const [event] = events(ics);
    expect(event?.status).toBe("CANCELLED");
    expect(text(event?.summary)).toBe(`已取消: ${DAY.title}`);
  });

  it("holds several market days, in English when asked", () => {
    const second = { ...DAY, id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c", slug: "winter", titleEn: null };
    const [a, b] = events(buildMarketDayCalendar([DAY, second], { ...OPTIONS, locale: "en" }));
    expect(text(a?.summary)).toBe(DAY.titleEn);
    // No English title written: the Chinese one rather than nothing.
    expect(text(b?.summary)).toBe(DAY.title);
  });

  it("names the download after the slug", () => {
    expect(calendarFilename("2026-12-19-winter-service-market")).toBe("2026-12-19-winter-service-market.ics");
    expect(calendarFilename('a"b/c')).toBe("a-b-c.ics");
  });
});
