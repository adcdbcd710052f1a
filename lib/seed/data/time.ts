// Time helpers shared by the seed data files. Seed timestamps are written as
// Shenzhen wall-clock strings, as a news report or a staff member would give them,
// and converted here so that no file depends on the machine's time zone.
import { shanghaiInstant } from "../../time/shanghai";

/** "2023-05-27 14:30" or "2023-05-27 14:30:05", Shenzhen local time. */
export function shenzhenTime(local: string): Date {
  const [date = "", time = "", ...rest] = local.split(" ");
  const instant = rest.length === 0 ? shanghaiInstant(date, time) : null;
  if (!instant) throw new Error(`Bad seed time "${local}": expected a real "YYYY-MM-DD HH:MM[:SS]"`);
  return instant;
}
