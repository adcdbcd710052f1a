// Finding 10 against a real database, through the real Server Actions and the
// session cookie of a fake browser: a staff member changes their own password,
// guessing it in a stolen session ends the session, creating an admin needs a
// fresh password entry, and staff passwords go through the policy. None of this
// existed on 0560389 (staff-mfa.test.ts has the second factor).
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFromSessionToken } from "@/lib/auth/actor-from-token";
import { hashPassword } from "@/lib/auth/password";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import type { FormState } from "@/lib/forms/form-state";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { seedDatabase } from "@/lib/seed/seed-database";
import { FakeBrowser, formData, settle } from "../helpers/fake-browser";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

const browser = vi.hoisted(() => ({ current: null as FakeBrowser | null }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(browser.current!.headers()),
  cookies: () => Promise.resolve(browser.current!.jar()),
}));
// The wrapper re-renders the page after some actions; there is no page here.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh: () => undefined,
}));
const signInActions = await import("@/app/[locale]/[display]/admin/sign-in/actions");
const account = await import("@/app/[locale]/[display]/admin/account/actions");
const staffActions = await import("@/app/[locale]/[display]/admin/staff/actions");

useThrowAwayKeys();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
const PASSWORD = "integration-test-password";
const testDb = await useTestDatabase();
let communityId = "";
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: PASSWORD });
  communityId = (await testDb.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } })).communityId;
});
beforeEach(() => resetLimiters());
afterEach(() => {
  delete process.env.HUIYIN_REQUIRE_MFA;
});

async function newAccount(username: string, role: "ADMIN" | "STAFF" = "STAFF") {
  return testDb.prisma.staffUser.create({
    data: { communityId, username, displayName: "测试账号", role, passwordHash: await hashPassword(PASSWORD) },
  });
}

const idle: FormState = { status: "idle" };

/** Runs an action in a browser, as a page would post it. */
async function post<T>(b: FakeBrowser, action: (s: FormState<T>, f: FormData) => Promise<FormState<T>>, fields = {}) {
  browser.current = b;
  return settle(() => action(idle as FormState<T>, formData({ locale: "zh-CN", ...fields })));
}

async function signIn(username: string, password = PASSWORD) {
  const b = new FakeBrowser();
  const outcome = await post(b, signInActions.signInAction, { username, password });
  return { b, outcome, token: () => b.cookies.get(sessionCookieName()) };
}

const actorOf = (b: FakeBrowser) => actorFromSessionToken(b.cookies.get(sessionCookieName()));

describe("changing one's own password", () => {
  it("needs the current password and a strong new one, then ends the other sessions only", async () => {
    const user = await newAccount("changer");
    const here = await signIn("changer");
    const elsewhere = await signIn("changer");
    const NEW = "kettle orchid mapping 47";

    expect(
      await post(here.b, account.changeOwnPasswordAction, {
        currentPassword: "not-my-password",
        newPassword: NEW,
        confirmPassword: NEW,
      }),
    ).toMatchObject({ fieldErrors: { currentPassword: ["adminAuth.account.errors.currentPasswordWrong"] } });
    expect(
      await post(here.b, account.changeOwnPasswordAction, {
        currentPassword: PASSWORD,
        newPassword: "woaini1314woaini",
        confirmPassword: "woaini1314woaini",
      }),
    ).toMatchObject({ fieldErrors: { newPassword: ["adminAuth.password.tooWeak"] } });
    const mismatch = await post(here.b, account.changeOwnPasswordAction, {
      currentPassword: PASSWORD,
      newPassword: NEW,
      confirmPassword: `${NEW}!`,
    });
    expect(mismatch).toMatchObject({ fieldErrors: { confirmPassword: ["adminAuth.account.errors.passwordMismatch"] } });
    // Passwords are never sent back to the page.
    expect(JSON.stringify(mismatch)).not.toContain(NEW);

    expect(
      await post(here.b, account.changeOwnPasswordAction, {
        currentPassword: PASSWORD,
        newPassword: NEW,
        confirmPassword: NEW,
      }),
    ).toEqual({ status: "ok", message: "adminAuth.account.done.passwordChanged" });
    expect((await actorOf(here.b))?.id).toBe(user.id);
    expect(await actorOf(elsewhere.b)).toBeNull();
    expect((await signInStaff({ username: "changer", password: PASSWORD, ip: "198.51.100.1" })).ok).toBe(false);
    expect((await signInStaff({ username: "changer", password: NEW, ip: "198.51.100.1" })).ok).toBe(true);
    const audit = await testDb.prisma.auditLog.findFirstOrThrow({ where: { action: "auth.passwordChange" } });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify(audit)).not.toContain(NEW);
  });
});

describe("signing out one's other devices", () => {
  it("ends the other sessions and keeps this one", async () => {
    await newAccount("two-devices");
    const here = await signIn("two-devices");
    const tablet = await signIn("two-devices");
    expect(await post(here.b, account.signOutOtherSessionsAction)).toEqual({
      status: "ok",
      message: "adminAuth.account.done.otherSessionsEnded",
      messageValues: { count: 1 },
    });
    expect((await actorOf(here.b))?.username).toBe("two-devices");
    expect(await actorOf(tablet.b)).toBeNull();
  });
});

describe("guessing the password in a stolen session", () => {
  it("five wrong current passwords end the session", async () => {
    await newAccount("guessed");
    const { b } = await signIn("guessed");
    for (let i = 0; i < 4; i++)
      expect(await post(b, account.reauthenticateAction, { currentPassword: `guess-${i}` })).toMatchObject({
        fieldErrors: { currentPassword: ["adminAuth.account.errors.currentPasswordWrong"] },
      });
    expect(await post(b, account.reauthenticateAction, { currentPassword: "guess-4" })).toMatchObject({
      formError: "forms.errors.signedOut",
    });
    expect(await actorOf(b)).toBeNull();
  });
});

describe("re-authentication before creating an admin", () => {
  it("needs the password entered within five minutes; a staff account does not", async () => {
    const { b } = await signIn("admin");
    const sid = (await decodeSessionToken(b.cookies.get(sessionCookieName())))!.sid;
    await testDb.prisma.staffSession.update({
      where: { id: sid },
      data: { reauthenticatedAt: new Date(Date.now() - 6 * 60_000) },
    });
    const newAdmin = {
      username: "second-admin",
      displayName: "新管理员",
      role: "ADMIN",
      password: "kettle orchid 47 map",
    };
    expect(await post(b, staffActions.createStaffAction, newAdmin)).toMatchObject({
      formError: "adminAuth.reauth.required",
      values: { username: "second-admin", displayName: "新管理员", role: "ADMIN" },
    });
    expect(await testDb.prisma.staffUser.count({ where: { username: "second-admin" } })).toBe(0);
    expect(
      await post(b, staffActions.createStaffAction, { ...newAdmin, username: "new-staff-member", role: "STAFF" }),
    ).toMatchObject({ status: "ok" });

    expect(await post(b, account.reauthenticateAction, { currentPassword: "wrong-password" })).toMatchObject({
      fieldErrors: { currentPassword: ["adminAuth.account.errors.currentPasswordWrong"] },
    });
    expect(await post(b, account.reauthenticateAction, { currentPassword: PASSWORD })).toMatchObject({
      status: "ok",
    });
    expect(await post(b, staffActions.createStaffAction, newAdmin)).toMatchObject({ status: "ok" });
    expect(await testDb.prisma.staffUser.count({ where: { username: "second-admin", role: "ADMIN" } })).toBe(1);
  });

  it("staff creation and reset refuse a common password (the policy, not only the length)", async () => {
    const { b } = await signIn("admin");
    expect(
      await post(b, staffActions.createStaffAction, {
        username: "weak-one",
        displayName: "弱密码",
        role: "STAFF",
        password: "woaini1314woaini",
      }),
    ).toMatchObject({ fieldErrors: { password: ["adminAuth.password.tooWeak"] } });
    const target = await newAccount("reset-target");
    expect(
      await post(b, staffActions.resetStaffPasswordAction, { userId: target.id, password: "qq123456qq123456" }),
    ).toMatchObject({ fieldErrors: { password: ["adminAuth.password.tooWeak"] } });
  });
});
