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
