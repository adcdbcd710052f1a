// Staff management services against a real database: each change is audited,
// deactivation / password reset / "sign out everywhere" end existing sessions
// (the same check getActor() runs per request), and admins of one community
// cannot touch accounts of another.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { actorFromSessionToken, type StaffActor } from "@/lib/auth/actor-from-token";
import { AuthorizationError } from "@/lib/auth/permissions";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { signInStaff } from "@/lib/auth/sign-in-staff";
import { openStaffSession } from "@/lib/auth/staff-sessions";
import { hashPassword } from "@/lib/auth/password";
import { createStaffUser } from "@/lib/staff/create-staff-user";
import { deactivateStaffUser } from "@/lib/staff/deactivate-staff-user";
import { listStaff } from "@/lib/staff/list-staff";
import { reactivateStaffUser } from "@/lib/staff/reactivate-staff-user";
import { resetStaffPassword } from "@/lib/staff/reset-staff-password";
import { signOutEverywhere } from "@/lib/staff/sign-out-everywhere";
import { createStaffSchema } from "@/lib/staff/staff-schemas";
import { StaffError } from "@/lib/staff/staff-errors";
import type { FormState } from "@/lib/forms/form-state";
import {
  createStaffAction,
  deactivateStaffAction,
  reactivateStaffAction,
  resetStaffPasswordAction,
  signOutStaffEverywhereAction,
} from "@/app/[locale]/[display]/admin/staff/actions";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// The actions read the session through getActor() and the client IP from the
// request headers; outside a request both are the test's.
const session = vi.hoisted(() => ({ actor: null as StaffActor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "198.51.100.20" })),
}));

useThrowAwayKeys();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");

const PASSWORD = "integration-test-password";
const testDb = await useTestDatabase();

let admin: StaffActor;
let staff: StaffActor;
let otherAdmin: StaffActor;
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: PASSWORD });
  const load = async (username: string): Promise<StaffActor> => {
    const u = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { username } });
    return {
      id: u.id,
      role: u.role,
      communityId: u.communityId,
      username: u.username,
      displayName: u.displayName,
      sessionId: "",
      mfaEnabled: false,
    };
  };
  admin = await load("admin");
  staff = await load("staff");
  // A second community with its own admin.
  const other = await testDb.prisma.community.create({ data: { slug: "other-community", name: "另一个社区" } });
  const created = await testDb.prisma.staffUser.create({
    data: {
      communityId: other.id,
      username: "other-admin",
      displayName: "外社区管理员",
      role: "ADMIN",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  otherAdmin = {
    id: created.id,
    role: "ADMIN",
    communityId: other.id,
    username: created.username,
    displayName: created.displayName,
    sessionId: "",
    mfaEnabled: false,
  };
});
beforeEach(() => resetLimiters());

/** A session cookie value as the sign-in action writes it. */
async function sessionFor(username: string): Promise<string> {
  const result = await signInStaff({ username, password: PASSWORD, ip: "198.51.100.7" });
  if (!result.ok) throw new Error(`sign-in failed for ${username}`);
  const sid = await openStaffSession(result.user.id, result.loginAt);
  return encodeSessionToken({ sub: result.user.id, sid, loginAt: result.loginAt, lastSeen: result.loginAt });
}

async function newUser(username: string, role: "STAFF" | "SECRETARY" = "STAFF") {
  const input = createStaffSchema.parse({ username, displayName: "临时工作人员", role, password: PASSWORD });
  return createStaffUser(admin, input);
}

describe("sessions", () => {
  it("a fresh session is accepted; a tampered one is not", async () => {
    const token = await sessionFor("staff");
    expect((await actorFromSessionToken(token))?.id).toBe(staff.id);
    expect(await actorFromSessionToken(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await actorFromSessionToken(undefined)).toBeNull();
  });

  it("an idle or too old session is rejected even if the user is fine", async () => {
    const token = await sessionFor("staff");
    expect(await actorFromSessionToken(token, Date.now() + 31 * 60_000)).toBeNull();
  });
});

describe("staff services", () => {
  it("creates a user who can then sign in; duplicate usernames are refused; audited", async () => {
    const { id } = await newUser("New.Worker");
    const row = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id } });
    expect(row.username).toBe("new.worker");
    expect(row.communityId).toBe(admin.communityId);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect((await signInStaff({ username: "new.worker", password: PASSWORD, ip: "198.51.100.8" })).ok).toBe(true);
    await expect(newUser("new.worker")).rejects.toEqual(new StaffError("usernameTaken"));
    const audit = await testDb.prisma.auditLog.findFirstOrThrow({ where: { action: "staff.create", subjectId: id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    expect(JSON.stringify(audit)).not.toContain("临时工作人员");
  });

  it("deactivation ends the user's sessions at once and blocks sign-in; reactivation needs a new sign-in", async () => {
    const { id } = await newUser("leaving-worker");
    const token = await sessionFor("leaving-worker");
    expect((await actorFromSessionToken(token))?.id).toBe(id);

    await deactivateStaffUser(admin, id);
    expect(await actorFromSessionToken(token)).toBeNull();
    expect((await signInStaff({ username: "leaving-worker", password: PASSWORD, ip: "198.51.100.9" })).ok).toBe(false);

    await reactivateStaffUser(admin, id);
    expect(await actorFromSessionToken(token)).toBeNull();
    const fresh = await sessionFor("leaving-worker");
    expect((await actorFromSessionToken(fresh))?.id).toBe(id);

    const actions = (
      await testDb.prisma.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } })
    ).map((a) => a.action);
    expect(actions).toContain("staff.deactivate");
    expect(actions).toContain("staff.reactivate");
  });

  it("a password reset ends sessions and only the new password works", async () => {
    const { id } = await newUser("forgetful-worker");
    const token = await sessionFor("forgetful-worker");
    await resetStaffPassword(admin, { userId: id, password: "a-brand-new-password" });
    expect(await actorFromSessionToken(token)).toBeNull();
    expect((await signInStaff({ username: "forgetful-worker", password: PASSWORD, ip: "198.51.100.10" })).ok).toBe(
      false,
    );
    expect(
      (await signInStaff({ username: "forgetful-worker", password: "a-brand-new-password", ip: "198.51.100.10" })).ok,
    ).toBe(true);
    const audit = await testDb.prisma.auditLog.findFirstOrThrow({
      where: { action: "staff.resetPassword", subjectId: id },
    });
    expect(JSON.stringify(audit)).not.toContain("a-brand-new-password");
  });

  it("sign out everywhere: for oneself (any role) and by an admin for a colleague", async () => {
    const own = await sessionFor("staff");
    await signOutEverywhere(staff, staff.id);
    expect(await actorFromSessionToken(own)).toBeNull();

    const { id } = await newUser("tablet-worker");
    const theirs = await sessionFor("tablet-worker");
    const mine = await sessionFor("admin");
    await signOutEverywhere(admin, id);
    expect(await actorFromSessionToken(theirs)).toBeNull();
    expect((await actorFromSessionToken(mine))?.id).toBe(admin.id);
    const rows = await testDb.prisma.auditLog.findMany({ where: { action: "auth.signOutEverywhere" } });
    expect(rows).toHaveLength(2);
  });

  it("only admins manage staff, and only of their own community", async () => {
    const { id } = await newUser("guarded-worker");
    await expect(deactivateStaffUser(staff, id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(signOutEverywhere(staff, id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listStaff(staff)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(deactivateStaffUser(null, id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(deactivateStaffUser(otherAdmin, id)).rejects.toEqual(new StaffError("notFound"));
    await expect(resetStaffPassword(otherAdmin, { userId: id, password: "another-long-password" })).rejects.toEqual(
      new StaffError("notFound"),
    );
    await expect(signOutEverywhere(otherAdmin, id)).rejects.toEqual(new StaffError("notFound"));
    expect((await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id } })).active).toBe(true);

    const names = (await listStaff(otherAdmin)).map((u) => u.username);
    expect(names).toEqual(["other-admin"]);
    expect((await listStaff(admin)).map((u) => u.username)).toContain("guarded-worker");
  });

  it("an admin cannot deactivate their own account", async () => {
    await expect(deactivateStaffUser(admin, admin.id)).rejects.toEqual(new StaffError("notYourself"));
  });
});

describe("staff actions", () => {
  const post = (action: (state: FormState, form: FormData) => Promise<FormState>, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    return action({ status: "idle" }, form);
  };

  it("ask who is asking before they read the form", async () => {
    const { id } = await newUser("checked-first");
    session.actor = staff;
    const created = await post(createStaffAction, { username: "X", displayName: "", role: "", password: "short" });
    expect(created).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect(created.fieldErrors).toBeUndefined();
    // Another community's admin: 403 on the named account, not "password too short".
    session.actor = otherAdmin;
    const reset = await post(resetStaffPasswordAction, { userId: id, password: "short" });
    expect(reset).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect(reset.fieldErrors).toBeUndefined();
    session.actor = null;
    expect(await post(deactivateStaffAction, { userId: id })).toMatchObject({ formError: "forms.errors.signedOut" });
    session.actor = admin;
    expect(await post(deactivateStaffAction, { userId: "not-an-id" })).toMatchObject({
      formError: "forms.errors.notFound",
    });
    expect((await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id } })).active).toBe(true);
  });

  it("keep what was typed on an error, but never a password", async () => {
    session.actor = admin;
    const invalid = await post(createStaffAction, {
      username: "Bad Name",
      displayName: "新同事",
      role: "",
      password: "shortpw",
    });
    expect(invalid).toMatchObject({
      status: "error",
      formError: "forms.errors.checkFields",
      fieldErrors: {
        username: ["adminStaff.errors.usernameFormat"],
        role: ["adminStaff.errors.roleRequired"],
        password: ["adminStaff.errors.passwordTooShort"],
      },
      values: { username: "Bad Name", displayName: "新同事", role: "" },
    });
    expect(JSON.stringify(invalid)).not.toContain("shortpw");

    const taken = await post(createStaffAction, {
      username: "staff",
      displayName: "重名",
      role: "STAFF",
      password: "a-long-enough-secret",
    });
    expect(taken).toMatchObject({
      formError: "forms.errors.checkFields",
      fieldErrors: { username: ["adminStaff.errors.usernameTaken"] },
      values: { username: "staff" },
    });
    expect(JSON.stringify(taken)).not.toContain("a-long-enough-secret");

    const tooShort = await post(resetStaffPasswordAction, { userId: staff.id, password: "tiny-secret" });
    expect(tooShort).toMatchObject({ fieldErrors: { password: ["adminStaff.errors.passwordTooShort"] } });
    expect(JSON.stringify(tooShort)).not.toContain("tiny-secret");
  });

  it("change one account each and say so", async () => {
    session.actor = admin;
    expect(
      await post(createStaffAction, {
        username: "row-worker",
        displayName: "行操作",
        role: "SECRETARY",
        password: PASSWORD,
      }),
    ).toEqual({
      status: "ok",
      message: "adminStaff.done.created",
    });
    const { id } = await testDb.prisma.staffUser.findUniqueOrThrow({ where: { username: "row-worker" } });
    expect(await post(signOutStaffEverywhereAction, { userId: id })).toEqual({
      status: "ok",
      message: "adminStaff.done.signedOutEverywhere",
    });
    expect(await post(deactivateStaffAction, { userId: id })).toEqual({
      status: "ok",
      message: "adminStaff.done.deactivated",
    });
    expect((await testDb.prisma.staffUser.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    expect(await post(reactivateStaffAction, { userId: id })).toEqual({
      status: "ok",
      message: "adminStaff.done.reactivated",
    });
    expect(await post(resetStaffPasswordAction, { userId: id, password: "a-brand-new-password" })).toEqual({
      status: "ok",
      message: "adminStaff.done.passwordReset",
    });
    expect(await post(deactivateStaffAction, { userId: admin.id })).toMatchObject({
      status: "error",
      formError: "adminStaff.errors.notYourself",
    });
    session.actor = null;
  });
});
