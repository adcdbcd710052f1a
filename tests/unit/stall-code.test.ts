// The stall code on a poster (261219-7): printed from the market day's Shanghai
// date and the stall's number, and read back from whatever a resident types.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatStallCode, parseStallCode, stallCodePrefix } from "@/lib/market-days/stall-code";
import { shanghaiInstant } from "@/lib/time/shanghai";

const at = (date: string, time: string) => shanghaiInstant(date, time) ?? new Date(Number.NaN);

describe("stallCodePrefix", () => {
  it("is the market day's Shanghai date as YYMMDD", () => {
    expect(stallCodePrefix(at("2026-12-19", "09:30"), 0)).toBe("261219");
    expect(stallCodePrefix(at("2023-05-27", "14:30"), 0)).toBe("230527");
  });

  it("takes the date in Shanghai, not UTC: 07:30 on 1 January there is still 31 December in UTC", () => {
    expect(stallCodePrefix(at("2027-01-01", "07:30"), 0)).toBe("270101");
  });

  it("gives a second and third market day on one date a letter, skipping letters that read as digits", () => {
    const day = at("2026-12-19", "09:30");
    expect(stallCodePrefix(day, 1)).toBe("261219b");
    expect(stallCodePrefix(day, 2)).toBe("261219c");
    expect(stallCodePrefix(day, 8)).toBe("261219j"); // b c d e f g h, then j: no i
  });

  it("refuses an ordinal it has no letter for", () => {
    expect(() => stallCodePrefix(at("2026-12-19", "09:30"), -1)).toThrow(RangeError);
    expect(() => stallCodePrefix(at("2026-12-19", "09:30"), 23)).toThrow(RangeError);
  });
});

describe("formatStallCode", () => {
  it("joins the prefix and the stall number with a dash", () => {
    expect(formatStallCode("261219", 7)).toBe("261219-7");
    expect(formatStallCode("261219b", 12)).toBe("261219b-12");
  });
});

describe("parseStallCode", () => {
  it("reads a printed code", () => {
    expect(parseStallCode("261219-7")).toEqual({ date: "2026-12-19", ordinal: 0, number: 7 });
    expect(parseStallCode("261219b-12")).toEqual({ date: "2026-12-19", ordinal: 1, number: 12 });
    expect(parseStallCode("230527-15")).toEqual({ date: "2023-05-27", ordinal: 0, number: 15 });
  });

  it("forgives how people type it", () => {
    const seven = { date: "2026-12-19", ordinal: 0, number: 7 };
    for (const typed of [
      "2612197", // no dash: the date is always six digits
      " 261219 - 7 ",
      "２６１２１９－７", // full-width, from a Chinese keyboard
      "261219—7",
      "261219一7", // 一 ("one") used as a dash
      "261219_07",
    ]) {
      expect(parseStallCode(typed), typed).toEqual(seven);
    }
    expect(parseStallCode("261219B-7")).toEqual({ ...seven, ordinal: 1 });
  });

  it("rejects what cannot be a code", () => {
    for (const bad of [
      "",
      "261219",
      "261219-",
      "261219-0",
      "261219-1000",
      "261319-7", // month 13
      "260230-7", // 30 February
      "261219a-7", // the first day has no letter
      "261219i-7", // i is not used
      "26121-97x",
      "12345678901234567890123456789012345678901",
      "../261219-7",
    ]) {
      expect(parseStallCode(bad), bad).toBeNull();
    }
  });

  it("reads back every code it prints", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00+08:00"),
          max: new Date("2099-12-31T12:00:00+08:00"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 22 }),
        fc.integer({ min: 1, max: 999 }),
        (startsAt, ordinal, number) => {
          const code = formatStallCode(stallCodePrefix(startsAt, ordinal), number);
          const parsed = parseStallCode(code);
          expect(parsed?.ordinal).toBe(ordinal);
          expect(parsed?.number).toBe(number);
          expect(parsed && stallCodePrefix(at(parsed.date, "12:00"), ordinal)).toBe(stallCodePrefix(startsAt, ordinal));
        },
      ),
    );
  });
});
