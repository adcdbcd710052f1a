// TOTP (RFC 6238) with otpauth: 6 digits, 30-second steps, SHA-1, which is what
// every authenticator app (微信/支付宝 mini-programs, Google/Microsoft
// Authenticator, 腾讯身份验证器) reads from a QR code.
import "server-only";
import { Secret, TOTP } from "otpauth";

const PERIOD_SECONDS = 30;
const ISSUER = "Huiyin";

function totp(secretBase32: string, label = "staff"): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret, base32 (what an app's "enter a key" field expects). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI for the QR code. The label is the username: no personal data. */
export function totpUri(secretBase32: string, username: string): string {
  return totp(secretBase32, username).toString();
}

/** The current code: for tests and nothing else. */
export function totpCodeAt(secretBase32: string, timestamp: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), period: PERIOD_SECONDS, timestamp });
}

/**
 * The time step a code belongs to, or null. One step either side is accepted
 * (a phone's clock a little off, a code typed slowly); the caller refuses a step
 * at or before the last one used, so one code works once.
 */
export function totpStepOf(secretBase32: string, code: string, timestamp: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
}
