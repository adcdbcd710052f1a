// Deadlines in working days (issue 14): weekends and Chinese public holidays do
// not count, and the official make-up workdays (调休) do. The State Council's
// yearly schedule comes from chinese-days (pinned), which bundles every year
// published when it was released. A later year (the schedule comes out each
// November) is entered by an admin as overrides (WorkingDayOverride, loaded by
// lib/deadlines/working-calendar.ts), which win over the bundled data; a year
// known to neither falls back to plain weekends, and knownYear() says so.
// The default export, not named imports: the package says "type": "commonjs",
// and Node's ESM loader (Playwright, tsx scripts) cannot see its named exports,
// while its default object carries every function in every loader.
import chineseDays from "chinese-days";

const { getDayDetail, isWorkday } = chineseDays;
import { shanghaiDay, shanghaiEndOfDay } from "./shanghai";

const DAY_MS = 86_400_000;

/** Admin-entered days ("2027-01-01" → false: a holiday), replaced whole on each load. */
let overrides: ReadonlyMap<string, boolean> = new Map();

export function setWorkingDayOverrides(days: Iterable<readonly [string, boolean]>): void {
  overrides = new Map(days);
}

/** "2026-02-14" (a 调休 Saturday) → true; "2026-02-16" (Spring Festival) → false. */
export function isWorkingDay(day: string): boolean {
  return overrides.get(day) ?? isWorkday(day);
}

/** Whether the library bundles this year's holiday schedule. */
export function bundledYear(year: number): boolean {
  // New Year's Day is a named holiday in every published year; in a year without
  // data the library names the weekday instead ("Friday").
  return getDayDetail(`${year}-01-01`).name.includes("元旦");
}

/** How many days of this year an admin has entered. */
export function enteredDays(year: number): number {
  let count = 0;
  for (const day of overrides.keys()) if (day.startsWith(`${year}-`)) count++;
  return count;
}

/** Whether the holiday schedule of this year is bundled, or an admin has started entering it. */
export function knownYear(year: number): boolean {
  return bundledYear(year) || enteredDays(year) > 0;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * The end (23:59:59.999 Shenzhen time) of the `count`-th working day after the
 * day `start` falls on: "reply within 1 working day" from a Friday evening is
 * due at the end of Monday, or of the next workday after a holiday.
 */
export function addWorkingDays(start: Date, count: number): Date {
  if (!Number.isInteger(count) || count < 0) throw new Error("count must be a whole number of days");
  let day = shanghaiDay(start);
  for (let left = count; left > 0;) {
    day = nextDay(day);
    if (isWorkingDay(day)) left--;
  }
  // count 0: the end of the start day itself.
  return shanghaiEndOfDay(day)!;
}

/**
 * Milliseconds of working days within [from, to): the clock of a deadline in
 * working days stops over weekends and holidays, so "75 % of the time" (催办)
 * is 75 % of the working time, not of the calendar.
 */
export function workingMsBetween(from: Date, to: Date): number {
  let total = 0;
  for (let cursor = from.getTime(); cursor < to.getTime();) {
    const day = shanghaiDay(new Date(cursor));
    const next = Math.min(shanghaiEndOfDay(day)!.getTime() + 1, to.getTime());
    if (isWorkingDay(day)) total += next - cursor;
    cursor = next;
  }
  return total;
}

/** How much of a deadline's working time has gone at `now`: 0 at the start, 1 at the due time. */
export function workingShareElapsed(start: Date, due: Date, now: Date): number {
  const allowed = workingMsBetween(start, due);
  // No working time at all (sent on a holiday, due the same day): it is all gone once it starts.
  if (allowed === 0) return now.getTime() >= start.getTime() ? 1 : 0;
  return workingMsBetween(start, now) / allowed;
}
