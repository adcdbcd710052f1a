// The staff password policy (lib/auth/password-policy.ts): length, zxcvbn's
// common passwords, and the Chinese-pinyin list. Before it, any 12 characters
// were accepted ("woaini1314woaini" included) and there was no check to call.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password-policy";
import { readEnv } from "@/lib/env";

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

describe("seeded passwords", () => {
  // Seeding (development and tests) uses fixed passwords and skips zxcvbn, but
  // not the length rule: SEED_STAFF_PASSWORD needs 12 characters like any other.
  it("SEED_STAFF_PASSWORD needs at least 12 characters", () => {
    expect(() => readEnv({ NODE_ENV: "test", SEED_STAFF_PASSWORD: "elevenchars" })).toThrow(/SEED_STAFF_PASSWORD/);
    expect(readEnv({ NODE_ENV: "test", SEED_STAFF_PASSWORD: "e2e-staff-password" }).SEED_STAFF_PASSWORD).toBe(
      "e2e-staff-password",
    );
  });
});

// The import graph of every "use client" module, followed through "@/…" and
// relative imports: none may reach zxcvbn (about a megabyte of dictionaries).
// A "use server" module is where the bundle stops: the client gets only
// references to its actions.
const ROOT = path.resolve(import.meta.dirname, "../..");

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && /\.tsx?$/.exec(candidate)) return candidate;
  return null;
}

function reachesZxcvbn(file: string, seen = new Set<string>()): string | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (/^\s*["']use server["']/.test(source)) return null;
  for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)) {
    if (spec!.startsWith("@zxcvbn-ts/")) return file;
    if (!spec!.startsWith("@/") && !spec!.startsWith(".")) continue;
    const next = resolveImport(file, spec!);
    const found = next ? reachesZxcvbn(next, seen) : null;
    if (found) return `${file} → ${found}`;
  }
  return null;
}

describe("zxcvbn stays on the server", () => {
  it("no client module imports it, directly or through other modules", () => {
    const files = ["app", "components", "lib"].flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated"))
        .map((f) => path.join(ROOT, dir, f)),
    );
    const clients = files.filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
    expect(clients.length).toBeGreaterThan(10);
    const leaks = clients.map((f) => reachesZxcvbn(f)).filter(Boolean);
    expect(leaks).toEqual([]);
  });

  it("the graph walk does find it from a server module (the check can fail)", () => {
    expect(reachesZxcvbn(path.join(ROOT, "lib/staff/create-staff-user.ts"))).toContain("password-policy.ts");
  });
});
