// Time helpers shared by the seed data files. Seed timestamps are written as
// Shenzhen wall-clock strings, as a news report or a staff member would give them,
// and converted here so that no file depends on the machine's time zone.

/** "2023-05-27 14:30" or "2023-05-27 14:30:05", Shenzhen local time (UTC+8, no DST). */
export function shenzhenTime(local: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) throw new Error(`Bad seed time "${local}": expected "YYYY-MM-DD HH:MM[:SS]"`);
  const date = new Date(`${match[1]}T${match[2]}${match[3] ?? ":00"}+08:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad seed time "${local}"`);
  return date;
}
