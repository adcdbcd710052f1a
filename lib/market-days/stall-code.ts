// The stall code (摊位码) printed on a stall's poster, e.g. "261219-7": the
// market day's Shanghai date as YYMMDD, a dash, the stall's number. /q/<code>
// opens the wish form at that stall (app/[locale]/[display]/q/[code]).
//
// Why this shape:
// - Short: the poster's QR code encodes "<public URL>/q/261219-7" instead of a
//   130-character form address, so it has about half as many modules per side
//   and each prints twice as large.
// - Typable by an older resident who cannot scan: digits and one dash, which a
//   phone's number pad has. The date is the one printed on the same poster, and
//   the number is the big "7 号摊位", so the code reads as what it is.
// - Derived, not stored: both parts already exist (Stall has a unique number per
//   market day), so no column, no migration and nothing to keep in step.
// - Unambiguous within one community, which is all a portal serves (/q/ is
//   resolved against HUIYIN_COMMUNITY_SLUG like every public page). A portal
//   for several communities on one host would need a community prefix.
// - Two market days of one community on the same date are possible, if rare:
//   the first created keeps the plain code, later ones get a letter after the
//   date ("261219b-7"), from an alphabet without i, l and o, which read as 1 and 0.
//   Creation order, not start time, so publishing a second day never changes
//   the code on posters already printed for the first.
//
// Parsing forgives what people type: full-width digits and dashes from a
// Chinese keyboard, spaces, another dash or none at all ("2612197": the date is
// always six digits, so the number is what follows).
import { shanghaiDay, shanghaiInstant } from "@/lib/time/shanghai";

/** The letters of a second, third… market day on one date (index 0 is the plain code). */
const ORDINAL_LETTERS = "bcdefghjkmnpqrstuvwxyz";
const MAX_STALL_NUMBER = 999;

export interface StallCode {
  /** The market day's Shanghai date, "2026-12-19". */
  date: string;
  /** 0 for the first market day created on that date, 1 for the second… */
  ordinal: number;
  /** The stall's number at that market day. */
  number: number;
}

/** "261219" (or "261219b" for the second market day created on that date). */
export function stallCodePrefix(startsAt: Date, ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal > ORDINAL_LETTERS.length) {
    throw new RangeError(`No stall code for market day ordinal ${ordinal}`);
  }
  const [year = "", month = "", day = ""] = shanghaiDay(startsAt).split("-");
  return `${year.slice(2)}${month}${day}${ordinal === 0 ? "" : ORDINAL_LETTERS[ordinal - 1]}`;
}

/** "261219-7": the code of stall 7 of the market day with that prefix. */
export function formatStallCode(prefix: string, stallNumber: number): string {
  return `${prefix}-${stallNumber}`;
}

// Anything a keyboard may put between the parts: dashes of every width, spaces,
// dots, underscores, and 一 ("one"), which Chinese typists often use as a dash.
const SEPARATORS = /[\s\-_.·‐‑‒–—―－一]/gu;
const SHAPE = new RegExp(`^(\\d{2})(\\d{2})(\\d{2})([${ORDINAL_LETTERS}])?(\\d{1,3})$`);

/** The parts of a typed or scanned code, or null when it cannot be one. */
export function parseStallCode(input: string): StallCode | null {
  if (input.length > 40) return null;
  // NFKC turns full-width digits and letters (２６１２１９) into ASCII.
  const compact = input.normalize("NFKC").toLowerCase().replace(SEPARATORS, "");
  const match = SHAPE.exec(compact);
  if (!match) return null;
  const [, yy, mm, dd, letter, digits] = match;
  const date = `20${yy}-${mm}-${dd}`;
  const number = Number(digits);
  if (!shanghaiInstant(date) || number < 1 || number > MAX_STALL_NUMBER) return null;
  return { date, ordinal: letter ? ORDINAL_LETTERS.indexOf(letter) + 1 : 0, number };
}
