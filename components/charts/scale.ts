// Pure scale helpers for the server-rendered SVG charts (tested in
// tests/unit/chart-scale.test.ts). No chart library: the charts are a few rects.

/** The smallest 1/2/5×10ⁿ at or above `value` (at least 1), so axes end on round numbers. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Maps 0…domainMax to 0…rangeMax pixels, clamped; a zero domain maps everything to 0. */
export function linearScale(domainMax: number, rangeMax: number): (value: number) => number {
  if (domainMax <= 0) return () => 0;
  return (value) => Math.max(0, Math.min(rangeMax, (value / domainMax) * rangeMax));
}

/** Evenly spaced tick values from 0 to `max` inclusive (`count` intervals). */
export function ticks(max: number, count = 4): number[] {
  const step = max / count;
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}
