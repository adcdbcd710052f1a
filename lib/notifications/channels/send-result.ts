// Builders for SendResult, and the one place that turns provider codes into our
// short machine codes.

import type { SendResult } from "./types";

export function delivered(providerId?: string): SendResult {
  return providerId ? { ok: true, providerId } : { ok: true };
}

export function retryLater(code: string): SendResult {
  return { ok: false, retry: true, code: safeCode(code) };
}

export function giveUp(code: string): SendResult {
  return { ok: false, retry: false, code: safeCode(code) };
}

/**
 * Provider codes are identifiers like "isv.MOBILE_NUMBER_ILLEGAL", but they come
 * from outside: keep only identifier characters, blank out any run of digits long
 * enough to be a phone number, and cap the length, so nothing personal or huge
 * reaches the database or the log.
 */
export function safeCode(raw: string): string {
  const cleaned = raw
    .replace(/[^A-Za-z0-9._:-]/g, "")
    .replace(/\d{7,}/g, "#")
    .slice(0, 80);
  return cleaned || "unknown";
}
