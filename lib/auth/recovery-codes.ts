// One-time recovery codes for a lost phone: 10 per enrolment, shown once, stored
// as keyed hashes (HUIYIN_LOOKUP_KEY). Each has 50 random bits, so a keyed hash
// is enough; a slow hash would add nothing but latency.
import "server-only";
import { randomInt } from "node:crypto";
import { opaqueKey } from "@/lib/privacy/personal-data";

export const RECOVERY_CODE_COUNT = 10;
// Crockford-style base32 without 0/O, 1/I/L and U: easy to read out and type.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "ABCDE-FGHJK": two groups of five, so it can be read from paper. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** What was typed, in the stored form: upper case, no spaces or dashes. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase();
}

export function recoveryCodeHash(typed: string): string {
  return opaqueKey("staff-recovery-code", normaliseRecoveryCode(typed));
}
