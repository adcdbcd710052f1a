// The short address on a stall's poster (/q/<stall code>) as residents use it:
// scanned or typed, it opens the wish form at that stall; from a poster of a
// market day that is over, the form says so and names the next one. The seeded
// days: 27 May 2023 (over) and 19 December 2026 (coming).
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expectNoAxeViolations } from "./axe";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "../../lib/seed/data/market-days";

const WINTER_TITLE = "党员服务市集（冬季）";

/** The first poster of a market day: its stall's id, name, code and printed address. */
async function firstPoster(page: Page, slug: string, lang = "") {
  await page.goto(`${lang}/market-days/${slug}`);
  const href = (await page.locator('main a[href*="/poster"]').first().getAttribute("href")) ?? "";
  const stallId = /\/stalls\/([0-9a-f-]{36})\/poster$/.exec(href)?.[1] ?? "";
  await page.goto(href);
  const name = ((await page.locator("#poster-name").textContent()) ?? "").trim();
  const code = ((await page.getByTestId("poster-code").textContent()) ?? "").trim();
  const printed = ((await page.getByTestId("poster-url").textContent()) ?? "").trim();
  return { stallId, name, code, printed };
}

test.describe("a stall's short address", () => {
  test("the poster prints the stall code, the short address and the place, and its QR code holds that address", async ({
    page,
  }) => {
    const poster = await firstPoster(page, MARKET_DAY_2026_SLUG);
    expect(poster.code).toMatch(/^261219-\d+$/);
    expect(poster.printed).toBe(`${new URL(page.url()).host}/q/${poster.code}`);
    await expect(page.getByTestId("poster-place")).toContainText("园岭七街小公园");
    await expect(page.getByTestId("poster-place")).toContainText("深圳市福田区园岭街道园岭七街");
    const png = PNG.sync.read(await page.getByRole("img", { name: "扫码提交心愿" }).screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`http://${poster.printed}`);
  });

  test("on A4 the QR code prints at least 9 cm wide @desktop-only", async ({ page }) => {
    const poster = await firstPoster(page, MARKET_DAY_2026_SLUG);
    const mm = 96 / 25.4;
    await page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(273 * mm) });
    await page.emulateMedia({ media: "print" });
    const box = await page.getByRole("img", { name: "扫码提交心愿" }).boundingBox();
    expect(box?.width ?? 0, poster.code).toBeGreaterThanOrEqual(90 * mm);
    const height = await page.locator(".stall-poster").evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(273 * mm);
  });

  test("scanned or typed, it opens the wish form at the stall, in the poster's language", async ({ page }) => {
    const poster = await firstPoster(page, MARKET_DAY_2026_SLUG);
    const form = `/wishes/new?marketDay=${MARKET_DAY_2026_SLUG}&stall=${poster.stallId}`;
    // A plain HTTP redirect with one Location (a doubled one stops Safari): it
    // works without JavaScript and in any QR reader.
    const hop = await page.request.get(`/q/${poster.code}`, { maxRedirects: 0 });
    expect(hop.status()).toBe(307);
    const locations = hop.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(locations.map((h) => h.value)).toEqual([form]);

    for (const typed of [poster.code, poster.code.replace("-", "")]) {
      await page.goto(`/q/${typed}`);
      await expect(page).toHaveURL(form);
      await expect(page.getByTestId("wish-place")).toContainText(`您在「${poster.name}」摊位`);
      await expect(page.getByTestId("market-day-over")).toHaveCount(0);
    }

    const english = await firstPoster(page, MARKET_DAY_2026_SLUG, "/en");
    expect(english.printed).toMatch(new RegExp(`/en/q/${english.code}$`));
    await page.goto(`/en/q/${english.code}`);
    await expect(page).toHaveURL(`/en${form}`);
    await expect(page.getByTestId("wish-place")).toContainText(`You are at the "${english.name}" stall`);
  });

  test("an unknown code is a 404 that explains the code and still offers the form", async ({ page }) => {
    for (const path of ["/q/261219-999", "/q/991231-1", "/en/q/nonsense"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/q/261219-999");
    await expect(page.getByRole("heading", { level: 1, name: "没有找到这个摊位码" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "提交心愿" })).toHaveAttribute("href", "/wishes/new");
    await expectNoAxeViolations(page);
  });
});

test.describe("a poster of a market day that is over", () => {
  // In order: the last test sends a wish, and the embedded database behind the
  // e2e server takes one writer at a time (see wish-submit.spec.ts).
  test.describe.configure({ mode: "default" });

  test("its short address lands on a notice naming the next market day", async ({ page }) => {
    const poster = await firstPoster(page, MARKET_DAY_2023_SLUG);
    expect(poster.code).toMatch(/^230527-\d+$/);
    await page.goto(`/q/${poster.code}`);
    await expect(page).toHaveURL(`/wishes/new?marketDay=${MARKET_DAY_2023_SLUG}&stall=${poster.stallId}`);
    const notice = page.getByTestId("market-day-over");
    await expect(notice.getByRole("heading", { name: "这次集市已经结束（2023年5月27日）" })).toBeVisible();
    const next = notice.getByRole("link", { name: WINTER_TITLE });
    await expect(next).toHaveAttribute("href", `/market-days/${MARKET_DAY_2026_SLUG}`);
    await expect(notice.getByTestId("next-market-day")).toContainText("2026年12月19日");
    await expect(notice).toContainText(`「${poster.name}」`);
    // The wish is no longer filed under the old stall.
    await expect(page.getByTestId("wish-place")).toHaveCount(0);
    await expect(page.locator('input[name="stall"]')).toHaveValue("");
    await expectNoAxeViolations(page);

    await next.click();
    await expect(page).toHaveURL(`/market-days/${MARKET_DAY_2026_SLUG}`, { timeout: 30_000 });
  });

  test("so does the long link of a poster printed before stall codes, in English too", async ({ page }) => {
    const poster = await firstPoster(page, MARKET_DAY_2023_SLUG, "/en");
    await page.goto(`/en/wishes/new?marketDay=${MARKET_DAY_2023_SLUG}&stall=${poster.stallId}`);
    const notice = page.getByTestId("market-day-over");
    await expect(notice.getByRole("heading", { name: "This market day is over (27 May 2023)" })).toBeVisible();
    await expect(notice.getByRole("link", { name: "Party-member service market (winter)" })).toHaveAttribute(
      "href",
      `/en/market-days/${MARKET_DAY_2026_SLUG}`,
    );
  });

  test("the resident can still send a wish from it @phone-only", async ({ page }) => {
    const poster = await firstPoster(page, MARKET_DAY_2023_SLUG);
    await page.goto(`/q/${poster.code}`);
    await expect(page.getByTestId("market-day-over")).toBeVisible();
    await page.getByRole("radio", { name: "微心愿", exact: true }).check();
    await page.getByRole("textbox", { name: "具体内容" }).fill("旧海报上的摊位还会再来吗？希望下次市集还有义剪。");
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect(page.getByRole("heading", { name: "已收到您的心愿" })).toBeVisible();
  });
});
