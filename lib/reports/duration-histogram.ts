// Duration histograms of the report roll-up ("WishDailyStat", kept by
// prisma/routines/wish-daily-stat.sql): the bucket rule of the SQL function
// wish_duration_bucket, and medians read back from bucket counts. Pure functions.
//
// Buckets are log-linear over whole minutes: 0…31 minutes have one bucket each;
// above, every doubling of the duration is split into 16 equal buckets, so a
// bucket is at most 1/16 (6.25 %) of the durations in it wide. Everything from
// 2^20 minutes (about two years) on shares the last bucket. A median read from the
// counts lies in the same bucket as the exact one, so it is off by less than one
// bucket width: under a minute below 32 minutes, under 1/16 of the value above.
// tests/integration/wish-daily-stat.test.ts checks that SQL and this file agree.

/** Minutes below this have a bucket each. */
const EXACT_MINUTES = 32;
/** Buckets per doubling above EXACT_MINUTES. */
const PER_DOUBLING = 16;
export const HISTOGRAM_BUCKETS = 272;

/** 0-based bucket of a duration in milliseconds (negative counts as 0). */
export function durationBucket(ms: number): number {
  const minutes = Math.max(Math.floor(ms / 60_000), 0);
  let shift = 0;
  while (Math.floor(minutes / 2 ** shift) >= EXACT_MINUTES) shift++;
  return Math.min(PER_DOUBLING * shift + Math.floor(minutes / 2 ** shift), HISTOGRAM_BUCKETS - 1);
}

/** The minutes a bucket holds: [low, high). */
export function bucketRange(bucket: number): { low: number; high: number } {
  if (bucket < EXACT_MINUTES) return { low: bucket, high: bucket + 1 };
  const shift = Math.floor(bucket / PER_DOUBLING) - 1;
  const mantissa = bucket - PER_DOUBLING * shift;
  return { low: mantissa * 2 ** shift, high: (mantissa + 1) * 2 ** shift };
}

/**
 * percentile_cont(fraction) of the durations counted in `counts` (index = bucket),
 * in minutes, taking the values in a bucket as spread evenly across it; null when
 * nothing is counted. Same interpolation between neighbours as PostgreSQL's.
 */
export function histogramPercentile(counts: readonly number[], fraction: number): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const position = fraction * (total - 1);
  const lower = Math.floor(position);
  const below = valueAtRank(counts, lower);
  const above = valueAtRank(counts, Math.ceil(position));
  return below + (position - lower) * (above - below);
}

/** The estimated value of the rank-th smallest (0-based) counted duration. */
function valueAtRank(counts: readonly number[], rank: number): number {
  let before = 0;
  for (let bucket = 0; bucket < counts.length; bucket++) {
    const n = counts[bucket] ?? 0;
    if (rank < before + n) {
      const { low, high } = bucketRange(bucket);
      return low + ((high - low) * (rank - before + 0.5)) / n;
    }
    before += n;
  }
  throw new RangeError(`rank ${rank} is past the ${before} counted durations`);
}
