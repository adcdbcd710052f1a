// Issue 12, finding 2: outside `npm run dev` no staff account may get the public
// development password. A seed without a password creates the demo content and
// the demo staff locked; the first admin comes from `npm run staff:create-admin`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createFirstAdmin } from "@/lib/staff/create-first-admin";
import { useTestDatabase } from "../helpers/use-test-database";
import { ROOT, runScript, type ScriptEnv } from "../helpers/run-script";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// The command-line tests start Node and tsx: slow on a busy CI machine.
vi.setConfig({ testTimeout: 120_000 });
const testDb = await useTestDatabase();
useThrowAwayKeys();
const { prisma } = testDb;
const SLUG = "yuandong";

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: null });
});

/** Runs the CLI as an operator would, against this file's database. */
function runCli(args: string[], options: { input?: string; env?: ScriptEnv } = {}) {
  return runScript("scripts/staff-create-admin.ts", args, {
    tsxArgs: ["--conditions=react-server"],
    input: options.input,
    env: { ...process.env, DATABASE_URL: testDb.url, HUIYIN_COMMUNITY_SLUG: SLUG, ...options.env },
  });
}

describe("seeding without a staff password", () => {
  it("still creates the community, its market days and the demo wishes", async () => {
    expect(await prisma.community.count({ where: { slug: SLUG } })).toBe(1);
    expect(await prisma.marketDay.count()).toBeGreaterThan(0);
    expect(await prisma.wish.count()).toBeGreaterThan(0);
  });

  it("creates the demo staff locked: inactive, and the development password does not open them", async () => {
    const staff = await prisma.staffUser.findMany({ select: { username: true, active: true, passwordHash: true } });
    // Yuandong's three, Baihua's two and the subdistrict's (lib/seed/data/neighbour-community.ts).
    expect(staff.map((s) => s.username).sort()).toEqual([
      "admin",
      "baihua-admin",
      "baihua-staff",
      "secretary",
      "staff",
      "yuanling",
    ]);
    for (const user of staff) {
      expect(user.active).toBe(false);
      expect(await verifyPassword(user.passwordHash, "huiyin-dev-password")).toBe(false);
    }
  });
});

describe("createFirstAdmin", () => {
  it("creates an active admin in the configured community, audited as a command-line creation", async () => {
    const result = await createFirstAdmin({
      communitySlug: SLUG,
      username: "Wang.Admin",
      password: "a-long-admin-pass-1",
    });
    expect(result.ok).toBe(true);
    const user = await prisma.staffUser.findUniqueOrThrow({ where: { username: "wang.admin" } });
    expect(user).toMatchObject({ role: "ADMIN", active: true });
    expect(await verifyPassword(user.passwordHash, "a-long-admin-pass-1")).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "staff.create", subjectId: user.id } });
    expect(audit).toMatchObject({ actorId: null, detail: { role: "ADMIN", via: "cli" } });
  });

  it("refuses a taken username, a weak password and an unknown community", async () => {
    expect(await createFirstAdmin({ communitySlug: SLUG, username: "admin", password: "a-long-admin-pass-1" })).toEqual(
      {
        ok: false,
        reason: "usernameTaken",
      },
    );
    // Long enough, but a common pinyin password: the staff page's policy applies here too.
    expect(
      await createFirstAdmin({ communitySlug: SLUG, username: "zhou.admin", password: "woaini1314woaini" }),
    ).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { password: ["adminAuth.password.tooWeak"] } });
    expect(await createFirstAdmin({ communitySlug: SLUG, username: "li", password: "short" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { username: ["errors.usernameFormat"], password: ["errors.passwordTooShort"] },
    });
    expect(
      await createFirstAdmin({ communitySlug: "nowhere", username: "zhao.admin", password: "a-long-admin-pass-1" }),
    ).toEqual({ ok: false, reason: "communityNotFound" });
  });
});

describe("npm run staff:create-admin", () => {
  it("reads the password from piped standard input, and never echoes it", async () => {
    const { status, out } = await runCli(["chen.admin", "陈主任"], { input: "piped-admin-password-1\n" });
    expect(out).toContain('administrator "chen.admin" created');
    expect(status).toBe(0);
    expect(out).not.toContain("piped-admin-password-1");
    const user = await prisma.staffUser.findUniqueOrThrow({ where: { username: "chen.admin" } });
    expect(user.displayName).toBe("陈主任");
    expect(await verifyPassword(user.passwordHash, "piped-admin-password-1")).toBe(true);
  });

  it("reads HUIYIN_ADMIN_PASSWORD, and fails clearly on an existing username", async () => {
    const env = { HUIYIN_ADMIN_PASSWORD: "env-admin-password-1" };
    expect((await runCli(["zhou.admin"], { env })).status).toBe(0);
    const again = await runCli(["zhou.admin"], { env });
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/"zhou\.admin" already exists; nothing was changed/);
  });

  it("explains a password that breaks the rules, in words", async () => {
    const { status, out } = await runCli(["sun.admin"], { input: "short\n" });
    expect(status).toBe(1);
    expect(out).toContain("password: The password needs at least 12 characters.");
  });

  // util-linux `script` gives the command a pseudo-terminal, as an operator's shell does.
  it.skipIf(!existsSync("/usr/bin/script"))("at a terminal, asks twice and never echoes the password", async () => {
    const command = [
      process.execPath,
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      path.join(ROOT, "scripts/staff-create-admin.ts"),
      "tty.admin",
    ].join(" ");
    const child = spawn("/usr/bin/script", ["-qec", command, "/dev/null"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: testDb.url, HUIYIN_COMMUNITY_SLUG: SLUG },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    const waiters: (() => void)[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      waiters.splice(0).forEach((wake) => wake());
    });
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    // Typed only once the prompt is up: typed earlier, the terminal itself would echo it.
    const waitFor = async (text: string) => {
      while (!out.includes(text)) await new Promise<void>((wake) => waiters.push(wake));
    };
    await waitFor("Password for the new administrator:");
    child.stdin.write("tty-admin-password-1\r");
    await waitFor("Type it again:");
    child.stdin.write("tty-admin-password-1\r");
    await waitFor("created in community");
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(out).toContain('administrator "tty.admin" created');
    expect(out).not.toContain("tty-admin-password");
    const user = await prisma.staffUser.findUniqueOrThrow({ where: { username: "tty.admin" } });
    expect(await verifyPassword(user.passwordHash, "tty-admin-password-1")).toBe(true);
  });
});
