// Finding a service (walk-through item 8): a resident searches the directory with
// an everyday word (剪头发) and finds the haircut stall; staff extend the word
// list with JavaScript off, and its changes reach the cached directory at once;
// a coming market day offers 复制时间地点 where a calendar file cannot open
// (WeChat's browser), and keeps its time and place on the page without JavaScript.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { MARKET_DAY_2026_SLUG } from "../../lib/seed/data/market-days";
import { expectNoAxeViolations } from "./axe";
import { signedInPage } from "./staff-session";

const WECHAT_UA =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Version/4.0 Chrome/120.0.6099.193 Mobile Safari/537.36 XWEB/1200099 MMWEBSDK/20240301 MicroMessenger/8.0.48.2580(0x28003036) " +
  "WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";

const results = (page: Page) => page.getByRole("region", { name: /^(摊位|Stalls)$/ });
const whenWhere = (page: Page) => page.getByRole("region", { name: "时间和地点" });

const COPIED = [
  "党员服务市集（冬季）",
  "时间：2026年12月19日星期六 09:30–12:00（北京时间）",
  "地点：园岭七街小公园（深圳市福田区园岭街道园岭七街）",
].join("\n");

test.describe("searching with an everyday word, JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("剪头发 finds the free haircuts, and the page says what else it looked for", async ({ page }) => {
    await page.goto("/stalls");
    await page.getByLabel("关键词").fill("剪头发");
    await page.getByRole("button", { name: "查找", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByLabel("关键词")).toHaveValue("剪头发");
    await expect(results(page).getByRole("link", { name: "爱心义剪" })).toBeVisible();
    await expect(results(page).getByRole("article")).toHaveCount(1);
    await expect(page.getByText("同时查找了：理发、义剪")).toBeVisible();
  });

  test("staff add a word, residents find with it, staff remove it again", async ({ browser }) => {
    const page = await signedInPage(browser, "admin", false);
    // One word per run and project: both projects share the database.
    const term = `洗剪吹${randomBytes(3).toString("hex")}`;
    await page.goto("/admin/content");
    await page.getByRole("link", { name: /搜索近义词/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索近义词");

    // A mistake first: the answer keeps what was typed, with the error at its field.
    await page.getByLabel(/^居民的说法/).fill(term);
    await page.getByLabel(/^同时查找的词/).fill(term);
    await page.getByRole("button", { name: "添加" }).click();
    await expect(page.getByText("请至少写一个与居民的说法不同的词。")).toBeVisible();
    await expect(page.getByLabel(/^居民的说法/)).toHaveValue(term);

    await page.getByLabel(/^同时查找的词/).fill("理发、义剪");
    await page.getByRole("button", { name: "添加" }).click();
    await expect(page.getByRole("status").filter({ hasText: `已添加“${term}”` })).toBeVisible();
    await expect(page.getByLabel(/^居民的说法/)).toHaveValue("");
    const row = page.locator("tr", { hasText: term });
    await expect(row).toContainText("理发、义剪");
    // No axe here: it runs inside the page, which has JavaScript off. The page
    // is among admin-accessibility.spec.ts's, which checks it with JavaScript on.

    await row.getByRole("link", { name: /试搜/ }).click();
    await expect(page).toHaveURL(/\/stalls\?q=/);
    await expect(results(page).getByRole("link", { name: "爱心义剪" })).toBeVisible();

    await page.goto("/admin/content/synonyms");
    await page.locator("tr", { hasText: term }).getByRole("button", { name: /删除/ }).click();
    await expect(page.getByRole("status").filter({ hasText: `已删除“${term}”` })).toBeVisible();
    await expect(page.locator("tr", { hasText: term })).toHaveCount(0);
    // The cached search page for the word expired with the change.
    await page.goto(`/stalls?q=${encodeURIComponent(term)}`);
    await expect(page.getByText("没有找到符合条件的摊位")).toBeVisible();
  });
});

test.describe("复制时间地点 on a coming market day", () => {
  test.describe("in WeChat's browser", () => {
    test.use({ userAgent: WECHAT_UA });

    test("copies the title, time and place, and says so", async ({ page, context }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.goto(`/market-days/${MARKET_DAY_2026_SLUG}`);
      const box = whenWhere(page);
      await expect(box.getByRole("link", { name: "加入日历" })).toBeVisible();
      await box.getByRole("button", { name: "复制时间地点" }).click();
      await expect(box.getByRole("status")).toHaveText("已复制时间和地点，可以粘贴到微信聊天或备忘录里。");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(COPIED);
      await expectNoAxeViolations(page);
    });
  });

  test("a browser without the Clipboard API gets no button, only the text", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await page.goto(`/market-days/${MARKET_DAY_2026_SLUG}`);
    const box = whenWhere(page);
    await expect(box.getByRole("link", { name: "加入日历" })).toBeVisible();
    await expect(box).toContainText("在微信里打不开时，可以复制时间和地点。");
    await expect(box.getByRole("button", { name: "复制时间地点" })).toHaveCount(0);
  });

  test.describe("with JavaScript off", () => {
    test.use({ javaScriptEnabled: false });

    test("the time and place are on the page to select by hand", async ({ page }) => {
      await page.goto(`/market-days/${MARKET_DAY_2026_SLUG}`);
      const box = whenWhere(page);
      await expect(box).toContainText("2026年12月19日星期六 09:30–12:00");
      await expect(box).toContainText("园岭七街小公园");
      await expect(box).toContainText("深圳市福田区园岭街道园岭七街");
      await expect(box.getByRole("button", { name: "复制时间地点" })).toHaveCount(0);
      // Selectable: nothing in the box turns text selection off.
      const unselectable = await box.evaluate(
        (el) => [el, ...el.querySelectorAll("*")].filter((e) => getComputedStyle(e).userSelect === "none").length,
      );
      expect(unselectable).toBe(0);
    });
  });
});
