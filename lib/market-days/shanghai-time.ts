// Shenzhen time in iCalendar files. The wall-clock rule itself (Asia/Shanghai is a
// fixed UTC+08:00) lives in lib/time/shanghai.ts; this module adds only what
// RFC 5545 and ical-generator need on top of it.
import type { ICalLuxonDateTimeStub } from "ical-generator";
import { SHANGHAI_TZ, shanghaiWallClock } from "@/lib/time/shanghai";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The VTIMEZONE block for Asia/Shanghai (RFC 5545 §3.6.5): one STANDARD
 * observance at +0800. Written here because ical-generator only emits the
 * TZID reference and leaves the definition to a generator function.
 */
export function shanghaiVtimezone(tzid: string): string | null {
  if (tzid !== SHANGHAI_TZ) return null;
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${SHANGHAI_TZ}`,
    `X-LIC-LOCATION:${SHANGHAI_TZ}`,
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

/**
 * A date for ical-generator's DTSTART/DTEND that prints Shanghai wall-clock time.
 *
 * Why not a plain Date: ical-generator formats a Date that carries a TZID with
 * the process's local clock (Date#getHours), so a server running in UTC would
 * write 14:30 Shanghai time as "T063000" under TZID=Asia/Shanghai — eight hours
 * early. It accepts Luxon-like objects and asks them to format themselves; this
 * minimal one does so for the single zone the portal needs.
 */
export class ShanghaiDateTime implements ICalLuxonDateTimeStub {
  readonly zone = { type: "fixed" };

  constructor(private readonly instant: Date) {}

  get isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }

  setZone(zone?: string): ShanghaiDateTime {
    if (zone !== SHANGHAI_TZ) throw new Error(`ShanghaiDateTime cannot be shown in ${zone ?? "the local zone"}`);
    return this;
  }

  toFormat(format: string): string {
    const w = shanghaiWallClock(this.instant);
    if (format === "yyyyLLdd") return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
    if (format === "HHmmss") return `${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
    throw new Error(`ShanghaiDateTime does not support the format ${format}`);
  }

  toJSDate(): Date {
    return new Date(this.instant.getTime());
  }

  toJSON(): string {
    return this.instant.toISOString();
  }
}
