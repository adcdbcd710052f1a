// Shenzhen time, the one rule: every date the portal reads from a form or shows
// is Asia/Shanghai wall-clock time. Asia/Shanghai has been a fixed UTC+08:00
// without daylight saving since 1991, so conversions are plain arithmetic: no
// dependence on the server's own zone or on the ICU data of the Node build.
export const SHANGHAI_TZ = "Asia/Shanghai";
const OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function shanghaiWallClock(instant: Date): WallClock {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** "2023-05-27T14:30:00+08:00": ISO 8601 with the local offset, as schema.org wants. */
export function toShanghaiIso(instant: Date): string {
  const w = shanghaiWallClock(instant);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}+08:00`;
}

/** The Shanghai calendar day of an instant, "2023-05-27" (as a date input wants it). */
export function shanghaiDay(instant: Date): string {
  return toShanghaiIso(instant).slice(0, 10);
}

/** "14:30", the Shanghai wall-clock time of an instant (as a time input wants it). */
export function shanghaiTime(instant: Date): string {
  return toShanghaiIso(instant).slice(11, 16);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2024-05-18" + "14:30" (or "14:30:05") in Shenzhen → the instant; null when
 * either is not a real date or time. The patterns alone let "2026-02-31" or
 * "25:99" through, which would become an Invalid Date and fail an insert
 * instead of showing a message.
 */
export function shanghaiInstant(date: string, time = "00:00"): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = d.slice(1, 4).map(Number) as [number, number, number];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (year < 2000 || year > 2100 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return new Date(utc - OFFSET_MS);
}

/** "2026-12-01T09:30", as a datetime-local input sends it, in Shenzhen → the instant; null when not real. */
export function shanghaiLocalInstant(local: string): Date | null {
  const [date = "", time = ""] = local.split("T");
  return shanghaiInstant(date, time);
}

/** The last millisecond of a Shanghai calendar day ("2026-12-01"), for "due by" dates; null when not a date. */
export function shanghaiEndOfDay(date: string): Date | null {
  const start = shanghaiInstant(date);
  return start ? new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1) : null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates as people read them, in Shenzhen time whatever the server's zone:
 * "2023年5月27日 14:40" / "27 May 2023, 14:40"; `withTime: false` drops the time.
 */
export function formatShanghaiDate(
  locale: string,
  instant: Date,
  options: { withTime?: boolean; weekday?: boolean } = {},
): string {
  const key = `${locale}:${options.withTime ?? false}:${options.weekday ?? false}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
      timeZone: SHANGHAI_TZ,
      year: "numeric",
      month: "long",
      day: "numeric",
      ...(options.weekday ? { weekday: "long" } : {}),
      ...(options.withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
    });
    formats.set(key, f);
  }
  return f.format(instant);
}
