// Quiet hours (issue 13): no message reaches a resident between 21:00 and 08:00
// Shenzhen time by default; it is held until the morning. Shenzhen has no
// daylight saving, so local time is UTC+8 all year and plain arithmetic is exact.
import { env } from "@/lib/env";

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const DAY_MINUTES = 24 * 60;

/** "21:00-08:00" → minutes of the day; "off" → null. The format is checked in lib/env.ts. */
export function parseQuietHours(setting: string): { start: number; end: number } | null {
  if (setting === "off") return null;
  const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(setting);
  if (!match) throw new Error(`HUIYIN_QUIET_HOURS: expected HH:MM-HH:MM or off, got ${setting}`);
  const [, h1, m1, h2, m2] = match.map(Number);
  return { start: h1! * 60 + m1!, end: h2! * 60 + m2! };
}

/** Is this minute of the day inside [start, end), a window that may wrap midnight? */
function inside(minute: number, start: number, end: number): boolean {
  return start <= end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * When a message made at `now` may go out: `now` itself, or the end of the quiet
 * window it falls in. The worker asks again before each attempt, so a retry
 * whose backoff ends at 23:00 is held too.
 */
export function firstDeliveryAt(now: Date, setting: string = env.HUIYIN_QUIET_HOURS): Date {
  const window = parseQuietHours(setting);
  if (!window || window.start === window.end) return now;
  const localMs = now.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000;
  const minuteOfDay = Math.floor(localMs / 60_000) % DAY_MINUTES;
  if (!inside(minuteOfDay, window.start, window.end)) return now;
  // Minutes until the window ends, counted from the start of the current minute.
  const wait = (window.end - minuteOfDay + DAY_MINUTES) % DAY_MINUTES;
  const minuteStart = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(minuteStart + wait * 60_000);
}
