// Public tracking codes: 12 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), 31^12 ≈ 2^59 possibilities, shown in groups of four
// ("K7QM-3XWP-HD9A"). Generated with the OS's CSPRNG, uniformly.
import { randomInt } from "node:crypto";

export const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 12;

export function generateTrackingCode(): string {
  let code = "";
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** "K7QM3XWPHD9A" → "K7QM-3XWP-HD9A" */
export function formatTrackingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/**
 * What a resident typed → the stored form, or null when it cannot be a code.
 * Spaces, hyphens and lower case are forgiven; nothing else is guessed.
 */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.normalize("NFKC").toUpperCase().replace(/[\s\-_.·]/g, "");
  if (code.length < 8 || code.length > 16) return null;
  for (const ch of code) if (!TRACKING_ALPHABET.includes(ch)) return null;
  return code;
}
