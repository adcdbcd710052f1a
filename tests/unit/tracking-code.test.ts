// Tracking codes: long enough not to be guessed, easy to read aloud and type.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  formatTrackingCode,
  generateTrackingCode,
  normalizeTrackingCode,
} from "@/lib/wishes/tracking-code";

const code = fc
  .array(fc.constantFrom(...TRACKING_ALPHABET.split("")), {
    minLength: TRACKING_CODE_LENGTH,
    maxLength: TRACKING_CODE_LENGTH,
  })
  .map((chars) => chars.join(""));

describe("tracking codes", () => {
  it("are 12 characters from an alphabet without look-alikes", () => {
    expect(TRACKING_ALPHABET).toHaveLength(31);
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(TRACKING_ALPHABET).not.toContain(lookAlike);
    expect(new Set(TRACKING_ALPHABET).size).toBe(TRACKING_ALPHABET.length);
    for (let i = 0; i < 200; i++) expect(generateTrackingCode()).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
  });

  it("carry at least 40 bits", () => {
    const bits = TRACKING_CODE_LENGTH * Math.log2(TRACKING_ALPHABET.length);
    expect(bits).toBeGreaterThanOrEqual(40);
    expect(bits).toBeGreaterThan(59);
  });

  it("are shown in groups of four", () => {
    expect(formatTrackingCode("K7QM3XWPHD9A")).toBe("K7QM-3XWP-HD9A");
    fc.assert(
      fc.property(code, (c) => {
        expect(formatTrackingCode(c)).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
      }),
    );
  });

  it("forgive lower case, spaces and hyphens when typed back", () => {
    expect(normalizeTrackingCode("k7qm-3xwp-hd9a")).toBe("K7QM3XWPHD9A");
    expect(normalizeTrackingCode(" K7QM 3XWP HD9A ")).toBe("K7QM3XWPHD9A");
    expect(normalizeTrackingCode("ｋ７ｑｍ－３ｘｗｐ－ｈｄ９ａ")).toBe("K7QM3XWPHD9A");
  });

  it("reject other characters", () => {
    for (const bad of [
      "K7QM-3XWP-HD0A",
      "K7QM-3XWP-HD1A",
      "K7QM-3XWP-HDOA",
      "K7QM-3XWP-HDIA",
      "K7QM-3XWP-HDLA",
      "K7QM/3XWP/HD9A",
      "查询码查询码查询码",
      "",
      "K7Q",
    ]) {
      expect(normalizeTrackingCode(bad), bad).toBeNull();
    }
  });

  it("normalise without throwing, and format → normalise gives the code back", () => {
    fc.assert(fc.property(fc.string(), (input) => void normalizeTrackingCode(input)));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 24 }), (input) => void normalizeTrackingCode(input)),
    );
    fc.assert(
      fc.property(code, (c) => {
        expect(normalizeTrackingCode(formatTrackingCode(c))).toBe(c);
        expect(normalizeTrackingCode(formatTrackingCode(c).toLowerCase())).toBe(c);
      }),
    );
  });

  it("do not repeat in 10,000", () => {
    const codes = new Set(Array.from({ length: 10_000 }, generateTrackingCode));
    expect(codes.size).toBe(10_000);
  });
});
