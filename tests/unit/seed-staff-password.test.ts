import { describe, it, expect } from "vitest";
import { resolveSeedStaffPassword } from "../../lib/seed/staff-password";

describe("resolveSeedStaffPassword", () => {
  it("uses SEED_STAFF_PASSWORD when set, in dev and in every other start", () => {
    for (const dev of [true, false]) {
      expect(resolveSeedStaffPassword({ dev, SEED_STAFF_PASSWORD: "a-long-secret-1" })).toEqual({
        kind: "configured",
        password: "a-long-secret-1",
      });
    }
  });

  it("falls back to the development default only with the explicit dev signal", () => {
    expect(resolveSeedStaffPassword({ dev: true })).toEqual({ kind: "devDefault", password: "huiyin-dev-password" });
  });

  // Issue 12, finding 2: `npm start` runs the seeding wrapper without NODE_ENV,
  // and the old check (NODE_ENV === "production") let it seed the default. The
  // decision no longer reads NODE_ENV at all, only the explicit signal.
  it("never gives the development default without the dev signal", () => {
    expect(resolveSeedStaffPassword({ dev: false })).toEqual({ kind: "locked", password: null });
  });

  it("treats an empty SEED_STAFF_PASSWORD as unset", () => {
    expect(resolveSeedStaffPassword({ dev: true, SEED_STAFF_PASSWORD: "" }).kind).toBe("devDefault");
    expect(resolveSeedStaffPassword({ dev: false, SEED_STAFF_PASSWORD: "" }).kind).toBe("locked");
  });
});
