// The staff password policy (lib/auth/password-policy.ts): length, zxcvbn's
// common passwords, and the Chinese-pinyin list. Before it, any 12 characters
// were accepted ("woaini1314woaini" included) and there was no check to call.
import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";

const admin = { username: "admin" };

describe("checkPassword", () => {
  it("refuses fewer than 12 characters, even random ones", () => {
    expect(checkPassword("x9#Lq2!vR7z", admin)).toEqual({ ok: false, messageKey: "adminAuth.password.tooShort" });
    // Characters, not UTF-16 units: 11 Chinese characters are still too short.
    expect(checkPassword("回音社区的工作人员密码", admin)).toEqual({
      ok: false,
      messageKey: "adminAuth.password.tooShort",
    });
  });

  it("refuses more than 128 characters", () => {
    expect(checkPassword("a-long-passphrase ".repeat(10), admin)).toEqual({
      ok: false,
      messageKey: "adminAuth.password.tooLong",
    });
  });

  it.each([
    "woaini1314woaini",
    "aini1314aini1314",
    "5201314520131452",
    "qq123456qq123456",
    "password12345678",
    "123456789012",
    "a123456a123456",
    "zhangwei19900101",
    "huiyin-huiyin-2026",
  ])("refuses the common pattern %s", (password) => {
    const verdict = checkPassword(password, admin);
    expect(verdict.ok).toBe(false);
  });

  it("refuses a password built on the username or the community's name", () => {
    expect(checkPassword("liuxiaoming2026!", { username: "liuxiaoming" })).toEqual({
      ok: false,
      messageKey: "adminAuth.password.containsUsername",
    });
    expect(checkPassword("yuandong12345", { username: "staff" }).ok).toBe(false);
  });

  it("accepts long, unusual passphrases, including the fixed test passwords", () => {
    for (const password of [
      "e2e-staff-password",
      "integration-test-password",
      "matrix-password-123",
      "铁锅 炖大鹅 配 米饭 2026",
      "Kettle-orchid-mapping-47",
    ]) {
      expect(checkPassword(password, admin), password).toEqual({ ok: true });
    }
  });
});
