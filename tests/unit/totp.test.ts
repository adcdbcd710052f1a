// TOTP and recovery codes (lib/auth/totp.ts, recovery-codes.ts): which time step
// a code belongs to (one step of clock drift either way, no more), and how a
// typed recovery code is read.
import { describe, expect, it } from "vitest";
import { normaliseRecoveryCode, newRecoveryCode } from "@/lib/auth/recovery-codes";
import { newTotpSecret, totpCodeAt, totpStepOf, totpUri } from "@/lib/auth/totp";

const secret = newTotpSecret();
const t0 = 1_780_000_000_000; // a fixed instant
const step0 = Math.floor(t0 / 30_000);

describe("totpStepOf", () => {
  it("names the step of the current code and of its neighbours, and nothing further", () => {
    expect(totpStepOf(secret, totpCodeAt(secret, t0), t0)).toBe(step0);
    expect(totpStepOf(secret, totpCodeAt(secret, t0 - 30_000), t0)).toBe(step0 - 1);
    expect(totpStepOf(secret, totpCodeAt(secret, t0 + 30_000), t0)).toBe(step0 + 1);
    expect(totpStepOf(secret, totpCodeAt(secret, t0 - 5 * 60_000), t0)).toBeNull();
  });

  it("refuses anything but six digits, and another account's code", () => {
    expect(totpStepOf(secret, "12345", t0)).toBeNull();
    expect(totpStepOf(secret, "abcdef", t0)).toBeNull();
    expect(totpStepOf(newTotpSecret(), totpCodeAt(secret, t0), t0)).toBeNull();
  });

  it("gives an otpauth:// URI with the username as label and no personal data", () => {
    const uri = totpUri(secret, "wang.li");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Huiyin:wang\.li\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("digits=6");
    expect(uri).toContain("period=30");
  });
});

describe("recovery codes", () => {
  it("are two groups of five unambiguous characters, and different each time", () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it("are read in any case, with or without the dash and spaces, and full-width characters", () => {
    expect(normaliseRecoveryCode(" abcde-fghjk ")).toBe("ABCDEFGHJK");
    expect(normaliseRecoveryCode("ＡＢＣＤＥ ＦＧＨＪＫ")).toBe("ABCDEFGHJK");
  });
});
