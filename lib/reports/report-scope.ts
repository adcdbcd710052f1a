// What a report covers: one market day (by slug) or a period of calendar days in
// Asia/Shanghai (lib/time/shanghai.ts: a fixed UTC+8, as the roll-up's
// wish_stat_day() in SQL takes it too). Parsed from the report page's GET form;
// unknown values are dropped rather than rejected, so an old link still shows a page.
import { shanghaiDay, shanghaiInstant } from "@/lib/time/shanghai";

type Query = Record<string, string | string[] | undefined>;

export type ReportScope =
  { kind: "marketDay"; slug: string } | { kind: "period"; from: string; to: string } | { kind: "none" };

const SLUG = /^[a-z0-9-]{1,100}$/;
const DAY_MS = 86_400_000;

function one(query: Query, key: string): string {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** "2025-03-01" naming a real day (lib/time/shanghai.ts takes years 2000 to 2100). */
export function isCalendarDay(value: string): boolean {
  return shanghaiInstant(value) !== null;
}

/** 00:00 of a calendar day in Shanghai as an instant; the day must pass isCalendarDay. */
export function shanghaiDayStart(day: string): Date {
  const start = shanghaiInstant(day);
  if (!start) throw new Error(`Not a calendar day: "${day}"`);
  return start;
}

/** Whether an instant is 00:00 of a Shanghai calendar day, as the roll-up's days begin. */
export function isShanghaiDayStart(instant: Date): boolean {
  return shanghaiInstant(shanghaiDay(instant))?.getTime() === instant.getTime();
}

/** [from 00:00, the day after `to` 00:00) in Shanghai: `to` is inclusive. */
export function periodBounds(from: string, to: string): { start: Date; end: Date } {
  const start = shanghaiDayStart(from);
  const end = new Date(shanghaiDayStart(to).getTime() + DAY_MS);
  return { start, end };
}

export function parseReportScope(query: Query): ReportScope {
  const slug = one(query, "marketDay").toLowerCase();
  if (slug && SLUG.test(slug)) return { kind: "marketDay", slug };
  const from = one(query, "from");
  const to = one(query, "to");
  if (isCalendarDay(from) && isCalendarDay(to)) {
    // A reversed range is read the way it was meant.
    return from <= to ? { kind: "period", from, to } : { kind: "period", from: to, to: from };
  }
  return { kind: "none" };
}

/**
 * The report opened without a choice: the latest market day that has begun (the
 * one staff are asked about), else none. `days` is latest first.
 */
export function defaultReportScope(
  days: readonly { slug: string; startsAt: Date }[],
  now: Date = new Date(),
): ReportScope {
  const latest = days.find((d) => d.startsAt.getTime() <= now.getTime());
  return latest ? { kind: "marketDay", slug: latest.slug } : { kind: "none" };
}
