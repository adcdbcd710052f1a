// Public tracking codes: 12 characters from an alphabet without look-alikes
// (no 0/O, 1/I/L), 31^12 ≈ 2^59 possibilities, shown in groups of four
// ("K7QM-3XWP-HD9A"). Generated with the OS's CSPRNG, uniformly.
//
// No node: import here: the wish form's confirmation formats a code in the
// browser, and `node:crypto` would bring a 150 KB gzip polyfill with it. Web
// Crypto (global in Node and every browser) gives the same CSPRNG.

export const TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const TRACKING_CODE_LENGTH = 12;

/** Bytes at or above this are skipped, so that each letter is equally likely (248 = 8 × 31). */
const UNBIASED_LIMIT = 256 - (256 % TRACKING_ALPHABET.length);

export function generateTrackingCode(): string {
  let code = "";
  const bytes = new Uint8Array(TRACKING_CODE_LENGTH * 2);
  while (code.length < TRACKING_CODE_LENGTH) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_LIMIT && code.length < TRACKING_CODE_LENGTH)
        code += TRACKING_ALPHABET[byte % TRACKING_ALPHABET.length];
    }
  }
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
  const code = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-_.·]/g, "");
  if (code.length < 8 || code.length > 16) return null;
  for (const ch of code) if (!TRACKING_ALPHABET.includes(ch)) return null;
  return code;
}
