import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("foundation", () => {
  test("/ renders in Chinese with lang=zh-CN", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("事事有回音，件件有着落");
    // The seeded market day (or the demo upcoming one) is featured.
    await expect(page.getByText("党员服务市集").first()).toBeVisible();
  });

  test("/en renders in English with lang=en", async ({ page }) => {
    const response = await page.goto("/en");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Every matter gets a reply, every request is settled",
    );
    await expect(page.getByRole("main").getByRole("link", { name: "Submit a wish" })).toBeVisible();
  });

  test("the language switch leads to the other locale", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an unknown page gives a styled 404 in its language", async ({ page }) => {
    const zh = await page.goto("/no-such-page");
    expect(zh?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
    const en = await page.goto("/en/no-such-page");
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("the health endpoint answers", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", configuration: "ok" });
  });

  test("the liveness and readiness probes answer", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(live.headers()["cache-control"]).toBe("no-store");
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ok", database: "ok", draining: false });
  });

  for (const path of ["/", "/en"]) {
    test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
