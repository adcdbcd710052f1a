// Issue 16, item 4: the tracking code cannot be lost. After submitting, the
// address is this device's wishes page, which a reload or the back button
// brings back with the code (from an httpOnly cookie, never the address); the
// look-up there still asks for the phone's last four digits. The code stays on
// one line on a 360 px phone in large text. Without JavaScript the page lists
// the codes and its look-up posts to the static tracking page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe.configure({ mode: "default" });

const GROUPED_CODE = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
const PHONE = "13912345678";

async function submitWish(page: Page, text: string): Promise<string> {
  await page.goto("/wishes/new");
  await page.getByRole("radio", { name: "微心愿", exact: true }).check();
  await page.getByRole("textbox", { name: "具体内容" }).fill(text);
  await page.getByLabel(/^手机号/).fill(PHONE);
  await page.getByLabel("我同意社区保存我填写的联系方式").check();
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByRole("heading", { name: "已收到您的心愿" })).toBeVisible();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(GROUPED_CODE);
  return code;
}

/** A line box no taller than one line of its own font: the code did not wrap. */
async function expectOneLine(page: Page, locator: ReturnType<Page["locator"]>) {
  const { height, lineHeight, overflow } = await locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(style.lineHeight),
      overflow: el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth,
    };
  });
  expect(height).toBeLessThan(lineHeight * 1.5);
  expect(overflow).toBe(false);
}

test.describe("with JavaScript", () => {
  test("a reload and the back button keep the code; the look-up still asks for the last four digits @phone-only", async ({
    page,
  }) => {
    await page.goto("/");
    const code = await submitWish(page, "小区门口的路灯不亮了，晚上出门不安全。");
    await expect(page.getByText("这台手机已经记住了查询码")).toBeVisible();
    // The address moved to this device's page: nothing of the code in it.
    await expect(page).toHaveURL(/\/wishes\/mine$/);

    await page.reload();
    const first = page.getByTestId("recent-wish").first();
    await expect(first).toContainText(code);
    await expect(first).toContainText("查询时要输入手机号后四位");
    await expectNoAxeViolations(page);

    // Back leaves for the page before the form; forward comes back to the code.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goForward();
    await expect(page.getByTestId("recent-wish").first()).toContainText(code);

    // The look-up starts with the code; the wrong digits find nothing.
    const codeField = page.getByLabel(/^查询码/);
    await expect(codeField).toHaveValue(code);
    await page.getByLabel(/^手机号后四位/).fill("0000");
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await expect(page.getByText("没有找到这个心愿")).toBeVisible();
    await page.getByLabel(/^手机号后四位/).fill(PHONE.slice(-4));
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await expect(page.getByRole("heading", { name: "心愿进度", exact: true })).toBeVisible();
    await expect(page.getByText("小区门口的路灯不亮了")).toBeVisible();
    expect(page.url()).not.toContain(code);

    // The tracking page offers this device's wishes.
    await page.goto("/wishes/track");
    await page.getByRole("link", { name: /这台手机提交过心愿/ }).click();
    await expect(page.getByTestId("recent-wish").first()).toContainText(code);

    // Not my phone: the codes go, and the page says there are none.
    await page.getByRole("button", { name: "从这台手机上清除查询码" }).click();
    await expect(page.getByTestId("recent-wish")).toHaveCount(0);
    await expect(page.getByText("这台手机上还没有记住的查询码")).toBeVisible();
  });

  test("the code stays on one line on a 360 px phone in large text @phone-only", async ({ page, context, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await context.addCookies([{ name: "huiyin-display", value: "large", url: baseURL ?? "" }]);
    const code = await submitWish(page, "希望周末能有人帮忙量血压，家里老人行动不便。");
    await expectOneLine(page, page.getByTestId("tracking-code"));
    await page.reload();
    const line = page.getByTestId("recent-wish").first().locator("p.font-mono");
    await expect(line).toHaveText(code);
    await expectOneLine(page, line);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page lists the code, and its look-up answers on the tracking page @phone-only", async ({ page }) => {
    const code = await submitWish(page, "楼下的垃圾桶满了没人清，希望多收几次。");
    await page.goto("/wishes/mine");
    await expect(page.getByTestId("recent-wish").first()).toContainText(code);
    await expect(page.getByLabel(/^查询码/)).toHaveValue(code);
    await page.getByLabel(/^手机号后四位/).fill(PHONE.slice(-4));
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await expect(page.getByRole("heading", { name: "心愿进度", exact: true })).toBeVisible();
    await expect(page.getByText("楼下的垃圾桶满了没人清")).toBeVisible();
    expect(page.url()).not.toContain(code);
  });
});
