// The stall directory, stall pages, partner units and the printable poster, as a
// resident uses them: with JavaScript off (search is a plain GET form), following
// links from a market day to a stall and its poster, in Chinese and English.
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expectNoAxeViolations } from "./axe";

const DAY = "2023-05-27-party-member-service-market";
const LATEST_DAY = "2026-12-19-winter-service-market";

function results(page: Page) {
  return page.getByRole("region", { name: /^(摊位|Stalls)$/ });
}

async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`no link matches ${selector}`);
  return href;
}

test.describe("stall directory with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("filtering by audience shows only stalls for older people", async ({ page }) => {
    await page.goto("/stalls");
    await page.getByRole("radio", { name: "老年人", exact: true }).check();
    await page.getByRole("button", { name: "查找", exact: true }).click();
    await expect(page).toHaveURL(/\/stalls\?(.*&)?audience=elderly(&|$)/);
    await expect(page.getByRole("radio", { name: "老年人", exact: true })).toBeChecked();
    const list = results(page);
    await expect(list.getByRole("link", { name: "爱心义剪" })).toBeVisible();
    await expect(list.getByRole("link", { name: "妈妈岗" })).toHaveCount(0);
    const cards = list.getByRole("article");
    expect(await cards.count()).toBeGreaterThan(1);
    for (const card of await cards.all()) await expect(card).toContainText("老年人");
  });

  test("searching for 理发 finds the free haircuts", async ({ page }) => {
    await page.goto("/stalls");
    await page.getByLabel("关键词").fill("理发");
    await page.getByRole("button", { name: "查找", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByLabel("关键词")).toHaveValue("理发");
    await expect(results(page).getByRole("link", { name: "爱心义剪" })).toBeVisible();
  });

  test("searching in English for haircut finds the free haircuts", async ({ page }) => {
    await page.goto("/en/stalls");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("Search words").fill("haircut");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/stalls\?(.*&)?q=haircut/);
    await expect(results(page).getByRole("link", { name: "Free haircuts" })).toBeVisible();
  });

  test("quick links filter by audience, and no results offers a way back", async ({ page }) => {
    await page.goto("/stalls");
    await page.getByRole("link", { name: "适合老年人" }).click();
    await expect(page).toHaveURL(/\/stalls\?audience=elderly$/);
    await expect(results(page).getByRole("link", { name: "爱心义剪" })).toBeVisible();

    await page.goto(`/stalls?q=${encodeURIComponent("没有这种服务")}`);
    await expect(page.getByText("没有找到符合条件的摊位")).toBeVisible();
    await page.getByRole("link", { name: "清除条件，查看全部摊位" }).click();
    await expect(page).toHaveURL(/\/stalls$/);
    await expect(results(page).getByRole("link", { name: "妈妈岗" })).toBeVisible();
  });
});

test.describe("from a market day to a stall and its poster", () => {
  test("journey: market day → 爱心义剪 → stall page → poster with a working QR code", async ({ page }) => {
    await page.goto(`/market-days/${DAY}`);
    await page.getByRole("main").getByRole("link", { name: "爱心义剪", exact: true }).first().click();
    await expect(page).toHaveURL(/\/stalls\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("爱心义剪");
    await expect(page.getByRole("link", { name: "园岭街道退役军人红星志愿服务队" })).toBeVisible();
    // Wishes go to the stall's latest market day.
    await expect(page.getByRole("link", { name: "在此摊位提交心愿" })).toHaveAttribute(
      "href",
      new RegExp(`^/wishes/new\\?marketDay=${LATEST_DAY}&stall=[0-9a-f-]{36}$`),
    );
    const stallId = page.url().split("/").pop() ?? "";

    await page.getByRole("link", { name: /打印摊位海报/ }).click();
    await expect(page).toHaveURL(`/market-days/${DAY}/stalls/${stallId}/poster`);
    const qr = page.getByRole("img", { name: "扫码提交心愿" });
    await expect(qr).toBeVisible();
    // The short address of the stall code (230527-<number>), printed without its scheme.
    const printed = (await page.getByTestId("poster-url").textContent()) ?? "";
    const code = (await page.getByTestId("poster-code").textContent()) ?? "";
    expect(code).toMatch(/^230527-\d+$/);
    expect(printed).toMatch(new RegExp(`^[^/]+/q/${code}$`));

    // The QR code as the browser draws it decodes to the printed address.
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`http://${printed}`);
  });

  test("the English poster points at the English wish form", async ({ page }) => {
    await page.goto(`/en/market-days/${DAY}`);
    const posterHref = await firstHref(page, 'main a[href*="/poster"]');
    await page.goto(posterHref);
    await expect(page.getByRole("img", { name: "Scan to submit a wish" })).toBeVisible();
    await expect(page.getByTestId("poster-url")).toContainText("/en/q/230527-");
  });

  test("every English poster fits on one A4 sheet", async ({ page }) => {
    test.setTimeout(120_000);
    // A4 less the 12 mm margins of @page, at 96 px per inch: 186 × 273 mm.
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(273 * mm) });
    await page.emulateMedia({ media: "print" });
    for (const day of [DAY, LATEST_DAY]) {
      await page.goto(`/en/market-days/${day}`);
      const posters = await page
        .locator('main a[href*="/poster"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(posters.length).toBeGreaterThan(0);
      for (const poster of posters) {
        await page.goto(poster);
        const height = await page.locator(".stall-poster").evaluate((el) => el.getBoundingClientRect().height);
        expect(height, poster).toBeLessThanOrEqual(273 * mm);
      }
    }
  });

  test("partner units list leads to one unit's page", async ({ page }) => {
    await page.goto("/organizations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("共建单位");
    await expect(page.getByRole("heading", { level: 2, name: "志愿服务队" })).toBeVisible();
    const link = page.getByRole("main").getByRole("link", { name: "园岭街道退役军人红星志愿服务队" });
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("园岭街道退役军人红星志愿服务队");
    await expect(page.getByRole("main").getByRole("link", { name: "爱心义剪", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "党员服务市集", exact: true }).first()).toBeVisible();
  });
});

test.describe("not found", () => {
  test("malformed ids and a stall from another market day give 404", async ({ page }) => {
    for (const path of [
      "/stalls/not-a-uuid",
      "/en/stalls/123",
      "/organizations/x",
      `/market-days/${DAY}/stalls/nope/poster`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    // 爱心义剪's directory entry is its latest (2026) appearance: not a stall of the 2023 day.
    await page.goto(`/stalls?q=${encodeURIComponent("理发")}`);
    const href = await results(page).getByRole("link", { name: "爱心义剪" }).getAttribute("href");
    expect(href).toMatch(/^\/stalls\//);
    const response = await page.goto(`/market-days/${DAY}${href ?? ""}/poster`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const prefix of ["", "/en"]) {
    test(`axe finds no WCAG 2.2 AA violations on the directory, stall, partner and poster pages (${prefix || "zh"})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.goto("/stalls?audience=elderly");
      const stall = await firstHref(page, 'main article a[href^="/stalls/"]');
      await page.goto("/organizations");
      const organization = await firstHref(page, 'main a[href^="/organizations/"]');
      await page.goto(`/market-days/${DAY}`);
      const poster = await firstHref(page, 'main a[href*="/poster"]');
      const paths = [
        "/stalls",
        `/stalls?audience=elderly&q=${encodeURIComponent("理发")}`,
        stall,
        "/organizations",
        organization,
        poster,
      ];
      for (const path of paths.map((p) => `${prefix}${p}`)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await test.step(path, () => expectNoAxeViolations(page));
      }
    });
  }
});
