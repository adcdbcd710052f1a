import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale, niceCeiling, ticks } from "@/components/charts/scale";

describe("chart scales", () => {
  it("rounds the axis up to 1, 2 or 5 × 10ⁿ", () => {
    expect([0, 1, 3, 12, 27, 39, 101, 5000].map(niceCeiling)).toEqual([1, 1, 5, 20, 50, 50, 200, 5000]);
  });

  it("never scales below the value, and at most 2.5-fold above it", () => {
    fc.assert(
      fc.property(fc.double({ min: 1.0001, max: 1e9, noNaN: true }), (v) => {
        const nice = niceCeiling(v);
        expect(nice).toBeGreaterThanOrEqual(v);
        expect(nice).toBeLessThanOrEqual(v * 2.5 + 1e-9);
      }),
    );
  });

  it("maps linearly and clamps to the range", () => {
    const scale = linearScale(50, 400);
    expect(scale(0)).toBe(0);
    expect(scale(25)).toBe(200);
    expect(scale(50)).toBe(400);
    expect(scale(80)).toBe(400);
    expect(scale(-3)).toBe(0);
    expect(linearScale(0, 400)(5)).toBe(0);
  });

  it("spaces ticks evenly from zero to the maximum", () => {
    expect(ticks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(5, 2)).toEqual([0, 2.5, 5]);
  });
});
