// The guard around the tracking page's "code + last four digits" check.
//
// The digits are only 10,000 possibilities. The device and IP limits
// (wish-limits.ts) are reset by dropping a cookie or changing address, so each
// CODE also counts its wrong answers: after 5, it answers "not found" for 15
// minutes to everyone, right digits included. The counter is keyed by a keyed
// hash of the code, never the code itself.
//
// An unknown code and wrong digits must cost the same, or timing would tell a
// prober which codes exist: both read the same one-row query, both run the
// same constant-time compare (an unknown code against a dummy), and both count
// a failure.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { clearFailures, lockState, recordFailure } from "@/lib/rate-limit/limiter";

/** Compared against when the code is unknown; no digits typed can equal it. */
const NO_DIGITS = "\u0000\u0000\u0000\u0000";

const codeKey = (code: string) => opaqueKey("track-code", code);

/** Constant-time for four characters, whatever was typed. */
function sameDigits(stored: string, typed: string): boolean {
  const x = Buffer.from(stored.padEnd(4, " ").slice(0, 4));
  const y = Buffer.from(typed.padEnd(4, " ").slice(0, 4));
  return timingSafeEqual(x, y) && stored.length === typed.length;
}

/** Whether the code has had too many wrong answers lately: then it is "not found". */
export async function codeLocked(code: string): Promise<boolean> {
  return (await lockState("track-code", codeKey(code))).locked;
}

/**
 * Whether the typed digits open the wish (null: no such code). A wish without a
 * phone needs no digits. A wrong answer, unknown code included, counts against
 * the code; a right one clears its count.
 */
export async function digitsMatch(wish: { phoneLast4: string | null } | null, code: string, typed: string) {
  const ok = sameDigits(wish?.phoneLast4 ?? NO_DIGITS, typed) && wish !== null;
  if (wish && (ok || wish.phoneLast4 === null)) {
    await clearFailures("track-code", codeKey(code));
    return true;
  }
  await recordFailure("track-code", codeKey(code));
  return false;
}
