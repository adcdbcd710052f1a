// Staff sign-in against a real, seeded database: passwords, inactive accounts,
// the username+IP lockout, and what the audit log keeps (and does not keep).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import { opaqueKey } from "@/lib/privacy/personal-data";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

const PASSWORD = "integration-test-password";
const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: PASSWORD });
});
beforeEach(async () => {
  await resetLimiters();
  await testDb.prisma.auditLog.deleteMany({});
});

let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

async function auditRows() {
  return testDb.prisma.auditLog.findMany({ orderBy: { createdAt: "asc" } });
}

describe("signInStaff", () => {
  it("signs in with the right password, case-insensitive username, and audits it", async () => {
    const ip = freshIp();
    const result = await signInStaff({ username: " Admin ", password: PASSWORD, ip });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.username).toBe("admin");
    expect(result.user.role).toBe("ADMIN");
    expect(Math.abs(result.loginAt - Date.now())).toBeLessThan(5_000);

    const rows = await auditRows();
    expect(rows.map((r) => r.action)).toEqual(["auth.signIn"]);
    expect(rows[0]?.actorId).toBe(result.user.id);
    expect(rows[0]?.communityId).toBe(result.user.communityId);
    expect(rows[0]?.ipKey).toBe(opaqueKey("ip", ip));
    const user = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user.lastSignInAt?.getTime()).toBe(result.loginAt);
  });

  it("gives one generic answer for a wrong password, an unknown user and an empty password", async () => {
    const ip = freshIp();
    expect(await signInStaff({ username: "admin", password: "wrong-password-123", ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInStaff({ username: "nobody-here", password: PASSWORD, ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInStaff({ username: "staff", password: "", ip })).toEqual({ ok: false, reason: "invalid" });

    const rows = await auditRows();
    expect(rows.map((r) => r.action)).toEqual(["auth.signInFailed", "auth.signInFailed", "auth.signInFailed"]);
    expect(rows.map((r) => (r.detail as { reason: string }).reason)).toEqual([
      "wrongPassword",
      "unknownUser",
      "wrongPassword",
    ]);
    // An unknown username is not written anywhere, nor is any password.
    const text = JSON.stringify(rows);
    expect(text).not.toContain("nobody-here");
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain("wrong-password-123");
    expect(text).not.toContain(ip);
    expect(rows[1]?.communityId).toBeNull();
    expect(rows[1]?.subjectId).toBeNull();
  });

  it("refuses an inactive account even with the right password", async () => {
    await testDb.prisma.staffUser.update({ where: { username: "secretary" }, data: { active: false } });
    try {
      const result = await signInStaff({ username: "secretary", password: PASSWORD, ip: freshIp() });
      expect(result).toEqual({ ok: false, reason: "invalid" });
      const rows = await auditRows();
      expect(rows.map((r) => (r.detail as { reason: string }).reason)).toEqual(["inactive"]);
    } finally {
      await testDb.prisma.staffUser.update({ where: { username: "secretary" }, data: { active: true } });
    }
  });

  it("locks username+IP after 10 consecutive failures, not another IP, and audits the lockout", async () => {
    const ip = freshIp();
    for (let i = 1; i <= 9; i++) {
      expect(await signInStaff({ username: "staff", password: `wrong-${i}`, ip })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const tenth = await signInStaff({ username: "staff", password: "wrong-10", ip });
    expect(tenth).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 900 });
    // Locked: even the right password is refused from this IP…
    const locked = await signInStaff({ username: "STAFF", password: PASSWORD, ip });
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.reason).toBe("locked");
    if (!locked.ok && locked.reason === "locked") expect(locked.retryAfterSeconds).toBeGreaterThan(890);
    // …but not from another IP, and not for another user from the same IP.
    expect((await signInStaff({ username: "staff", password: PASSWORD, ip: freshIp() })).ok).toBe(true);
    expect((await signInStaff({ username: "admin", password: PASSWORD, ip })).ok).toBe(true);

    const rows = await auditRows();
    expect(rows.filter((r) => r.action === "auth.lockout")).toHaveLength(1);
    expect(rows.filter((r) => r.action === "auth.signInFailed")).toHaveLength(11);
  });

  it("starts counting afresh after a successful sign-in", async () => {
    const ip = freshIp();
    for (let i = 0; i < 9; i++) await signInStaff({ username: "admin", password: "nope-nope-nope", ip });
    expect((await signInStaff({ username: "admin", password: PASSWORD, ip })).ok).toBe(true);
    for (let i = 0; i < 9; i++) {
      expect(await signInStaff({ username: "admin", password: "nope-nope-nope", ip })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect((await signInStaff({ username: "admin", password: PASSWORD, ip })).ok).toBe(true);
  });

  it("limits failures per address across usernames, so one client cannot spray every account", async () => {
    const ip = freshIp();
    // RATE_SIGNIN_IP_POINTS defaults to 30 per 15 minutes.
    for (let i = 0; i < 30; i++) {
      expect(await signInStaff({ username: `nobody-${i}`, password: "wrong-wrong-wrong", ip })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const next = await signInStaff({ username: "admin", password: PASSWORD, ip });
    expect(next.ok).toBe(false);
    expect(!next.ok && next.reason).toBe("locked");
    // Another address is not held.
    expect((await signInStaff({ username: "admin", password: PASSWORD, ip: freshIp() })).ok).toBe(true);
  });

  it("paces an account's failures across addresses, but never locks out a device that signed in before", async () => {
    const first = await signInStaff({ username: "secretary", password: PASSWORD, ip: freshIp() });
    if (!first.ok) throw new Error("the seeded secretary should sign in");
    const knownDevice = first.knownDevice;
    // An attacker rotating addresses (as a forged X-Forwarded-For used to allow):
    // each address stays under its own lock, so only the account's pacing holds.
    for (let i = 0; i < 11; i++) {
      await signInStaff({ username: "secretary", password: `guess-${i}-guess`, ip: freshIp() });
    }
    const paced = await signInStaff({ username: "secretary", password: PASSWORD, ip: freshIp() });
    expect(paced.ok).toBe(false);
    if (!paced.ok && paced.reason === "locked") expect(paced.retryAfterSeconds).toBeLessThanOrEqual(2);
    else throw new Error("expected the account to be paced");
    // The colleague's own browser still gets in at once…
    expect((await signInStaff({ username: "secretary", password: PASSWORD, ip: freshIp(), knownDevice })).ok).toBe(
      true,
    );
    // …and a forged or foreign known-device value does not help the attacker.
    for (let i = 0; i < 11; i++) {
      await signInStaff({ username: "secretary", password: `guess-${i}-guess`, ip: freshIp() });
    }
    const forged = await signInStaff({
      username: "secretary",
      password: "guess-12-guess",
      ip: freshIp(),
      // Change the last character (to one it is not: a token ending in x once made this the real one).
      knownDevice: `${knownDevice.slice(0, -1)}${knownDevice.endsWith("x") ? "y" : "x"}`,
    });
    expect(!forged.ok && forged.reason).toBe("locked");
    const rows = await auditRows();
    expect(rows.some((r) => (r.detail as { reason?: string } | null)?.reason === "throttled")).toBe(true);
  });
});
