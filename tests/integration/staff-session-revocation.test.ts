// Finding 9: sign-out must end the session on the server. A staff member signs
// in through the sign-in action, the cookie is copied (a shared computer, a
// proxy log, malware), they sign out: the copy must stop working at once.
// Before session records, sign-out only deleted the browser's cookie and the
// copy stayed valid for up to 12 hours.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFromSessionToken } from "@/lib/auth/actor-from-token";
import { authOptions } from "@/lib/auth/auth-options";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
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
const { signInAction, signOutAction, signOutEverywhereAction } =
  await import("@/app/[locale]/[display]/admin/sign-in/actions");

useThrowAwayKeys();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
const PASSWORD = "integration-test-password";
const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: PASSWORD });
});
beforeEach(() => resetLimiters());

/** Signs in through the real action in a fresh browser; returns the browser and its session cookie. */
async function signIn(username: string) {
  const b = new FakeBrowser();
  browser.current = b;
  const outcome = await settle(() =>
    signInAction({ status: "idle" }, formData({ username, password: PASSWORD, locale: "zh-CN" })),
  );
  expect(outcome).toEqual({ redirect: "/admin" });
  const token = b.cookies.get(sessionCookieName());
  expect(token).toBeTruthy();
  return { b, token: token! };
}

describe("sign-out revokes the session on the server", () => {
  it("a copied cookie stops working right after sign-out", async () => {
    const { b, token } = await signIn("staff");
    const copy = token;
    expect((await actorFromSessionToken(copy))?.username).toBe("staff");

    browser.current = b;
    expect(await settle(() => signOutAction(formData({ locale: "zh-CN" })))).toEqual({ redirect: "/admin/sign-in" });
    expect(b.cookies.has(sessionCookieName())).toBe(false);

    // The stolen copy, still within its 12 hours and 30 idle minutes, is refused.
    expect(await actorFromSessionToken(copy)).toBeNull();
    const sid = (await decodeSessionToken(copy))!.sid;
    const row = await testDb.prisma.staffSession.findUniqueOrThrow({ where: { id: sid } });
    expect(row.revokedAt).not.toBeNull();
    const audit = await testDb.prisma.auditLog.findFirst({ where: { action: "auth.signOut" } });
    expect(audit?.actorId).toBe(row.staffUserId);
  });

  it("signing out in one browser leaves the same person's other browser signed in", async () => {
    const first = await signIn("secretary");
    const second = await signIn("secretary");
    browser.current = first.b;
    await settle(() => signOutAction(formData({ locale: "zh-CN" })));
    expect(await actorFromSessionToken(first.token)).toBeNull();
    expect((await actorFromSessionToken(second.token))?.username).toBe("secretary");
  });

  it("sign out everywhere still ends every session of the account", async () => {
    const first = await signIn("admin");
    const second = await signIn("admin");
    browser.current = first.b;
    await settle(() => signOutEverywhereAction(formData({ locale: "zh-CN" })));
    expect(await actorFromSessionToken(first.token)).toBeNull();
    expect(await actorFromSessionToken(second.token)).toBeNull();
  });

  it("next-auth's own sign-out endpoint revokes the session too", async () => {
    const { token } = await signIn("staff");
    const claims = (await decodeSessionToken(token))!;
    await authOptions().events!.signOut!({ token: { ...claims }, session: undefined as never });
    expect(await actorFromSessionToken(token)).toBeNull();
  });

  it("a token naming no session row (forged id, or from before session records) is refused", async () => {
    const { token } = await signIn("staff");
    await testDb.prisma.staffSession.deleteMany({ where: { id: (await decodeSessionToken(token))!.sid } });
    expect(await actorFromSessionToken(token)).toBeNull();
  });

  it("expired session rows are deleted at the next sign-in", async () => {
    const staff = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { username: "staff" } });
    const old = await testDb.prisma.staffSession.create({
      data: {
        staffUserId: staff.id,
        createdAt: new Date(Date.now() - 13 * 3_600_000),
        expiresAt: new Date(Date.now() - 3_600_000),
        reauthenticatedAt: new Date(Date.now() - 13 * 3_600_000),
      },
    });
    await signIn("staff");
    expect(await testDb.prisma.staffSession.findUnique({ where: { id: old.id } })).toBeNull();
  });
});
