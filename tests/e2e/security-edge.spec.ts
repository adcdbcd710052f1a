// What the edge server (scripts/serve.ts) promises, against the production build:
// security headers and a strict, hashed Content-Security-Policy under which the
// pages still run, and a client address that request headers cannot choose.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { STAFF_PASSWORD, submitSignIn } from "./staff-session";

const formMessage = (page: Page) => page.getByRole("main").getByRole("alert");

function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text().slice(0, 160)}`);
    }
  });
  return violations;
}

test.describe("security headers", () => {
  test("a cached page carries a strict policy with hashes and stays cached", async ({ request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(scriptSrc).not.toMatch(/unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Served from the page cache, not rendered per request for a nonce.
    expect(headers["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  });

  test("pages run under the policy: no violation on public and staff pages @phone-only", async ({ page }) => {
    const violations = watchCspViolations(page);
    for (const path of ["/", "/market-days", "/stalls?q=%E7%90%86%E5%8F%91", "/wishes/new", "/wishes/track", "/en"]) {
      await page.goto(path, { waitUntil: "networkidle" });
    }
    // The hashed inline scripts ran (they fill __next_f) and so did the app's
    // bundles (they set window.next once React has started).
    const running = await page.evaluate(() => {
      const w = window as unknown as { __next_f?: unknown; next?: { version?: string } };
      return { inline: Array.isArray(w.__next_f), app: typeof w.next?.version === "string" };
    });
    expect(running).toEqual({ inline: true, app: true });
    await submitSignIn(page, "admin", STAFF_PASSWORD);
    await expect(page).toHaveURL(/\/admin$/);
    for (const path of ["/admin/wishes", "/admin/reports", "/admin/staff"]) {
      await page.goto(path, { waitUntil: "networkidle" });
    }
    expect(violations).toEqual([]);
  });
});

test.describe("client address", () => {
  test("a forged X-Forwarded-For does not dodge the sign-in lock", async ({ page }) => {
    const username = `xff-${randomBytes(4).toString("hex")}`;
    for (let i = 1; i <= 10; i++) {
      // A new address each time, in every header a client could try.
      const forged = `198.51.100.${i}`;
      await page.setExtraHTTPHeaders({
        "x-forwarded-for": forged,
        "x-real-ip": forged,
        "x-huiyin-client-ip": forged,
      });
      await submitSignIn(page, username, `wrong-password-${i}`);
      const expected = i < 10 ? "用户名或密码不正确，请重新输入。" : "尝试次数过多，请 15 分钟后再试。";
      await expect(formMessage(page)).toContainText(expected);
    }
  });
});
