import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bucketRange, durationBucket, HISTOGRAM_BUCKETS, histogramPercentile } from "@/lib/reports/duration-histogram";

const MINUTE = 60_000;

/** PostgreSQL's percentile_cont over plain values. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  return sorted[lower]! + (position - lower) * (sorted[Math.ceil(position)]! - sorted[lower]!);
}

function histogram(durationsMs: number[]): number[] {
  const counts: number[] = [];
  for (const ms of durationsMs) {
    const bucket = durationBucket(ms);
    while (counts.length <= bucket) counts.push(0);
    counts[bucket]!++;
  }
  return counts;
}

describe("duration buckets", () => {
  it("give minutes 0…31 a bucket each, then 16 per doubling, and clamp at about two years", () => {
    expect([0, 59_999, MINUTE, 31 * MINUTE, 32 * MINUTE - 1].map(durationBucket)).toEqual([0, 0, 1, 31, 31]);
    expect([32, 33, 34, 63, 64, 127, 128].map((m) => durationBucket(m * MINUTE))).toEqual([32, 32, 33, 47, 48, 63, 64]);
    expect(durationBucket(-5 * MINUTE)).toBe(0);
    expect(durationBucket(2 ** 20 * MINUTE - 1)).toBe(HISTOGRAM_BUCKETS - 1);
    expect(durationBucket(10 * 365 * 24 * 60 * MINUTE)).toBe(HISTOGRAM_BUCKETS - 1);
  });

  it("cover the minutes without gaps, each at most 1/16 of its values wide above 32 minutes", () => {
    let next = 0;
    for (let bucket = 0; bucket < HISTOGRAM_BUCKETS; bucket++) {
      const { low, high } = bucketRange(bucket);
      expect(low).toBe(next);
      expect(durationBucket(low * MINUTE)).toBe(bucket);
      expect(durationBucket(high * MINUTE - 1)).toBe(bucket);
      expect(high - low).toBeLessThanOrEqual(Math.max(1, low / 16));
      next = high;
    }
    expect(next).toBe(2 ** 20);
  });
});

describe("medians from buckets", () => {
  it("are null for nothing and interpolate like percentile_cont", () => {
    expect(histogramPercentile([], 0.5)).toBeNull();
    expect(histogramPercentile([0, 0], 0.5)).toBeNull();
    // Two values in the 1-minute and the 3-minute bucket: 1.5 and 3.5, median 2.5.
    expect(histogramPercentile([0, 1, 0, 1], 0.5)).toBe(2.5);
  });

  it("stay within one bucket of the exact median", () => {
    const durations = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 40 * MINUTE }), fc.integer({ min: 0, max: 60 * 86_400_000 })),
      {
        minLength: 1,
        maxLength: 300,
      },
    );
    fc.assert(
      fc.property(durations, (values) => {
        const exact = percentileCont(values, 0.5) / MINUTE;
        const estimate = histogramPercentile(histogram(values), 0.5)!;
        return Math.abs(estimate - exact) <= exact / 16 + 1;
      }),
      { numRuns: 300 },
    );
  });
});
