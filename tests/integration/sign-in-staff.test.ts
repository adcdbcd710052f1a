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
});
