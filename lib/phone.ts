// Phone numbers as residents type them: the one place that normalises them and
// says what a mainland mobile number is.

/** Full-width digits from a Chinese keyboard become ASCII; 138 1234 5678, 138-1234-5678, +86 13812345678, 0086… → 13812345678. */
export function normalizePhone(input: string): string {
  return input
    .normalize("NFKC")
    .replace(/[\s\-()]/g, "")
    .replace(/^(\+?86|0086)(?=1\d{10}$)/, "");
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** An 11-digit mainland mobile number, after normalizePhone. */
export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** Only the digits, for the "last four digits" a resident types to track a wish. */
export function digitsOnly(input: string): string {
  return input.normalize("NFKC").replace(/\D/g, "");
}

/**
 * 13812345678 → 138****5678: enough to tell two numbers apart, not to call
 * anyone. Pure, so logs in plain tsx scripts (notify:test, the worker) use it
 * as well as the server's maskPhone (lib/privacy/personal-data.ts).
 */
export function maskMobile(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "***********";
}
