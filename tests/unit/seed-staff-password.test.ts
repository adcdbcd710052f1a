import { describe, it, expect } from "vitest";
import { resolveSeedStaffPassword } from "../../lib/seed/staff-password";

describe("resolveSeedStaffPassword", () => {
  it("uses SEED_STAFF_PASSWORD when set, in any environment", () => {
    for (const NODE_ENV of ["development", "test", "production", undefined]) {
      expect(resolveSeedStaffPassword({ NODE_ENV, SEED_STAFF_PASSWORD: "a-long-secret-1" })).toEqual({
        password: "a-long-secret-1",
        isDevDefault: false,
      });
    }
  });

  it("falls back to the development default outside production", () => {
    for (const NODE_ENV of ["development", "test", undefined]) {
      expect(resolveSeedStaffPassword({ NODE_ENV })).toEqual({
        password: "huiyin-dev-password",
        isDevDefault: true,
      });
    }
  });

  it("treats an empty SEED_STAFF_PASSWORD as unset", () => {
    expect(resolveSeedStaffPassword({ NODE_ENV: "development", SEED_STAFF_PASSWORD: "" }).isDevDefault).toBe(true);
    expect(() => resolveSeedStaffPassword({ NODE_ENV: "production", SEED_STAFF_PASSWORD: "" })).toThrow(
      /SEED_STAFF_PASSWORD/,
    );
  });

  it("refuses the default password in production", () => {
    expect(() => resolveSeedStaffPassword({ NODE_ENV: "production" })).toThrow(
      /production refuses to seed .*default password/,
    );
    expect(() => resolveSeedStaffPassword({ NODE_ENV: "production" })).toThrow(/set SEED_STAFF_PASSWORD/i);
  });
});
