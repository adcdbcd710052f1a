// The jobs that run on a clock rather than on an event, every few minutes in
// every worker: rating requests (./request-ratings.ts), the day-before market-day
// reminders (lib/reminders) and staff alerts with their morning digest
// (lib/staff-alerts). Each writes rows with unique keys before it sends, so two
// workers (or a restart) running them at once send each message once.
import "server-only";
import { sendMarketDayReminders } from "@/lib/reminders/send-reminders";
import { runStaffAlerts } from "@/lib/staff-alerts/run-staff-alerts";
import { remindUnits } from "@/lib/referrals/remind-units";
import { requestRatings } from "./request-ratings";

const JOBS: readonly [string, () => Promise<unknown>][] = [
  ["rating requests", () => requestRatings()],
  ["market-day reminders", () => sendMarketDayReminders()],
  ["staff alerts", () => runStaffAlerts()],
  ["unit reminders", () => remindUnits()],
];

/** Runs each job once; one failing does not stop the others. Logs names, never data. */
export async function runPeriodicJobs(): Promise<void> {
  for (const [name, run] of JOBS) {
    try {
      await run();
    } catch (error) {
      console.error(`[jobs] ${name} failed: ${error instanceof Error ? error.name : "error"}`);
    }
  }
}
