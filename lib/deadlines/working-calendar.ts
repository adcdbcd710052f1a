// The admin-entered part of the working-day calendar (WorkingDayOverride): held
// in memory by lib/time/working-days.ts, whose arithmetic is synchronous, and
// reloaded here at most a minute after another instance changed it. Every
// Server Action (lib/forms) and every deadline computed from the targets
// (deadline-target-query.ts) calls ensureWorkingCalendar() first.
import "server-only";
import { db } from "@/lib/db";
import { setWorkingDayOverrides } from "@/lib/time/working-days";

const FRESH_MS = 60_000;
const globalForCalendar = globalThis as unknown as { huiyinCalendarLoadedAt?: number };

/** Loads the overrides when they are older than a minute. Never throws: a failed load keeps the last ones. */
export async function ensureWorkingCalendar(force = false): Promise<void> {
  const loadedAt = globalForCalendar.huiyinCalendarLoadedAt ?? 0;
  if (!force && Date.now() - loadedAt < FRESH_MS) return;
  try {
    const rows = await db.workingDayOverride.findMany({ select: { day: true, working: true } });
    setWorkingDayOverrides(rows.map((r) => [r.day, r.working] as const));
    globalForCalendar.huiyinCalendarLoadedAt = Date.now();
  } catch (error) {
    // The database is down: the bundled calendar and the last overrides stand,
    // and the wish form's own outage handling takes over.
    console.warn(`working calendar: overrides not reloaded (${(error as Error).name})`);
  }
}

export interface WorkingDayOverrideRow {
  day: string;
  working: boolean;
  name: string;
}

/** The overrides from this year on, for the admin page. */
export async function listWorkingDayOverrides(fromYear: number): Promise<WorkingDayOverrideRow[]> {
  return db.workingDayOverride.findMany({
    where: { day: { gte: `${fromYear}-01-01` } },
    select: { day: true, working: true, name: true },
    orderBy: { day: "asc" },
  });
}
