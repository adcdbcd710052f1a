// Finding 10's second factor against a real database, through the real Server
// Actions and the session cookie of a fake browser: TOTP enrolment, sign-in with
// a code (replayed and reused codes refused, recovery codes single use, limits
// on guessing), and admins confined to enrolment when HUIYIN_REQUIRE_MFA=1.
// None of this existed on 0560389.
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFromSessionToken } from "@/lib/auth/actor-from-token";
import { hashPassword } from "@/lib/auth/password";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { totpCodeAt } from "@/lib/auth/totp";
import type { FormState } from "@/lib/forms/form-state";
import { decryptPersonal } from "@/lib/privacy/personal-data";
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

/** Enrols TOTP for a signed-in browser; returns the secret and the recovery codes. */
async function enrol(b: FakeBrowser, userId: string) {
  expect(await post(b, account.startTotpEnrolmentAction)).toMatchObject({ status: "ok" });
  const row = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id: userId } });
  const secret = decryptPersonal(row.totpSecretEnc!);
  // Stored sealed, not in clear.
  expect(row.totpSecretEnc).not.toContain(secret);
  expect(row.totpEnabledAt).toBeNull();
  const wrong = totpCodeAt(secret, Date.now() - 10 * 60_000);
  expect(await post(b, account.confirmTotpEnrolmentAction, { code: wrong })).toMatchObject({
    fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
  });
  const at = Date.now();
  const usedCode = totpCodeAt(secret, at);
  const confirmed = await post(b, account.confirmTotpEnrolmentAction, { code: usedCode });
  if (!("status" in confirmed) || !confirmed.data) throw new Error("enrolment not confirmed");
  return { secret, recoveryCodes: confirmed.data.recoveryCodes, usedCode, at };
}

describe("TOTP second factor", () => {
  it("enrols with a first code, then sign-in asks for a code; replays and reused recovery codes are refused", async () => {
    const user = await newAccount("totp-user");
    const first = await signIn("totp-user");
    const { secret, recoveryCodes, usedCode, at } = await enrol(first.b, user.id);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await testDb.prisma.staffRecoveryCode.findMany({ where: { staffUserId: user.id } });
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!.replace("-", ""));

    // The password alone leaves the sign-in waiting: the cookie is nobody's session.
    const second = await signIn("totp-user");
    expect(second.outcome).toEqual({ redirect: "/admin/sign-in" });
    expect(second.token()).toBeTruthy();
    expect(await actorOf(second.b)).toBeNull();

    // The code used to confirm enrolment is spent: the same time step is refused.
    expect(await post(second.b, signInActions.secondFactorAction, { code: usedCode })).toMatchObject({
      fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
    });
    // The next step's code (a phone clock 30 s ahead) works once.
    const nextCode = totpCodeAt(secret, at + 30_000);
    expect(await post(second.b, signInActions.secondFactorAction, { code: nextCode })).toEqual({ redirect: "/admin" });
    expect((await actorOf(second.b))?.id).toBe(user.id);

    const replay = await signIn("totp-user");
    expect(await post(replay.b, signInActions.secondFactorAction, { code: nextCode })).toMatchObject({
      fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
    });
    expect(await actorOf(replay.b)).toBeNull();

    // A recovery code works once, typed in any case and without the dash.
    const typed = recoveryCodes[0]!.replace("-", "").toLowerCase();
    expect(await post(replay.b, signInActions.secondFactorAction, { code: typed })).toEqual({ redirect: "/admin" });
    const again = await signIn("totp-user");
    expect(await post(again.b, signInActions.secondFactorAction, { code: recoveryCodes[0]! })).toMatchObject({
      fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
    });
    expect(await testDb.prisma.auditLog.count({ where: { action: "auth.recoveryCodeUsed" } })).toBe(1);
  });

  it("five wrong codes end the waiting sign-in: the password is needed again", async () => {
    const user = await newAccount("totp-guess");
    const first = await signIn("totp-guess");
    await enrol(first.b, user.id);
    const attempt = await signIn("totp-guess");
    const sid = (await decodeSessionToken(attempt.token()))!.sid;
    for (let i = 0; i < 4; i++)
      expect(await post(attempt.b, signInActions.secondFactorAction, { code: "000000" })).toMatchObject({
        fieldErrors: { code: ["adminAuth.secondFactor.errors.invalid"] },
      });
    expect(await post(attempt.b, signInActions.secondFactorAction, { code: "000000" })).toMatchObject({
      formError: "adminAuth.secondFactor.errors.restart",
    });
    expect(attempt.token()).toBeUndefined();
    expect((await testDb.prisma.staffSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
  });

  it("ten wrong codes for the account within 15 minutes stop even a right code, across sign-ins", async () => {
    const user = await newAccount("totp-walker");
    const first = await signIn("totp-walker");
    const { secret, at } = await enrol(first.b, user.id);
    for (let round = 0; round < 2; round++) {
      const attempt = await signIn("totp-walker");
      for (let i = 0; i < 5; i++) await post(attempt.b, signInActions.secondFactorAction, { code: "000000" });
      expect(await actorOf(attempt.b)).toBeNull();
    }
    const last = await signIn("totp-walker");
    expect(
      await post(last.b, signInActions.secondFactorAction, { code: totpCodeAt(secret, at + 30_000) }),
    ).toMatchObject({ formError: "adminAuth.secondFactor.errors.restart" });
    expect(await actorOf(last.b)).toBeNull();
  });

  it("switching it off needs the password and a code", async () => {
    const user = await newAccount("totp-off");
    const b = (await signIn("totp-off")).b;
    const { recoveryCodes } = await enrol(b, user.id);
    expect(
      await post(b, account.disableTotpAction, { currentPassword: "wrong-password", code: recoveryCodes[1]! }),
    ).toMatchObject({ fieldErrors: { currentPassword: ["adminAuth.account.errors.currentPasswordWrong"] } });
    expect(await post(b, account.disableTotpAction, { currentPassword: PASSWORD, code: recoveryCodes[1]! })).toEqual({
      status: "ok",
      message: "adminAuth.account.done.mfaDisabled",
    });
    const row = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.totpSecretEnc, row.totpEnabledAt]).toEqual([null, null]);
  });
});

describe("HUIYIN_REQUIRE_MFA=1", () => {
  it("an admin without a second factor signs in but can only enrol; staff are not affected", async () => {
    process.env.HUIYIN_REQUIRE_MFA = "1";
    const user = await newAccount("mfa-admin", "ADMIN");
    const { b } = await signIn("mfa-admin");
    expect((await actorOf(b))?.mfaEnrolmentRequired).toBe(true);
    const create = {
      username: "made-by-mfa-admin",
      displayName: "新人",
      role: "STAFF",
      password: "kettle orchid 47 map",
    };
    expect(await post(b, staffActions.createStaffAction, create)).toMatchObject({
      formError: "forms.errors.mfaEnrolmentRequired",
    });
    expect(await testDb.prisma.staffUser.count({ where: { username: "made-by-mfa-admin" } })).toBe(0);

    await enrol(b, user.id);
    expect((await actorOf(b))?.mfaEnrolmentRequired).toBe(false);
    expect(await post(b, staffActions.createStaffAction, create)).toMatchObject({ status: "ok" });

    const staff = await signIn("staff");
    expect((await actorOf(staff.b))?.mfaEnrolmentRequired).toBe(false);
  });
});
