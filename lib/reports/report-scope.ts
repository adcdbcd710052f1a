// What a report covers: one market day (by slug) or a period of calendar days in
// Asia/Shanghai. Parsed from the report page's GET form; unknown values are
// dropped rather than rejected, so an old link still shows a page.
type Query = Record<string, string | string[] | undefined>;

export type ReportScope =
  | { kind: "marketDay"; slug: string }
  | { kind: "period"; from: string; to: string }
  | { kind: "none" };

const SLUG = /^[a-z0-9-]{1,100}$/;
const DAY_MS = 86_400_000;
/** Asia/Shanghai as a fixed UTC+8, as the roll-up's wish_stat_day() in SQL takes it. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function one(query: Query, key: string): string {
  const value = query[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** 00:00 of a calendar day in Shanghai (UTC+8, no daylight saving) as an instant. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The Shanghai calendar day ("2025-03-01") an instant falls on. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether an instant is 00:00 of a Shanghai calendar day. */
export function isShanghaiDayStart(instant: Date): boolean {
  return (instant.getTime() + SHANGHAI_OFFSET_MS) % DAY_MS === 0;
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
export function defaultReportScope(days: readonly { slug: string; startsAt: Date }[], now: Date = new Date()): ReportScope {
  const latest = days.find((d) => d.startsAt.getTime() <= now.getTime());
  return latest ? { kind: "marketDay", slug: latest.slug } : { kind: "none" };
}
