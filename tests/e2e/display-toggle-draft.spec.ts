// Issue 16, item 1: tapping 大字 or 高对比 on a form page reloads it in the new
// mode; what the resident typed (phone included) must still be there. Without
// JavaScript the toggle must still work. Nothing typed may reach the URL.
import { expect, test, type Page } from "@playwright/test";

const PHONE = "13812345678";

const toggle = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function switchOn(page: Page, name: string) {
  await toggle(page, name).click();
  await expect(toggle(page, name)).toHaveAttribute("aria-pressed", "true");
}

test.describe("with JavaScript", () => {
  test("the wish form keeps what was typed across 大字 and 高对比 @phone-only", async ({ page }) => {
    await page.goto("/wishes/new");
    await page.getByRole("radio", { name: "微心愿", exact: true }).check();
    await page.getByLabel("属于哪一类？").selectOption("elderly-care");
    const text = "楼道的灯坏了，晚上上下楼看不清。";
    await page.getByRole("textbox", { name: "具体内容" }).fill(text);
    await page.getByLabel(/^手机号/).fill(PHONE);
    await page.getByLabel("我同意社区保存我填写的联系方式").check();

    await switchOn(page, "大字");
    await expect(page.getByRole("textbox", { name: "具体内容" })).toHaveValue(text);
    await expect(page.getByLabel(/^手机号/)).toHaveValue(PHONE);
    await expect(page.getByRole("radio", { name: "微心愿", exact: true })).toBeChecked();
    await expect(page.getByLabel("属于哪一类？")).toHaveValue("elderly-care");
    await expect(page.getByLabel("我同意社区保存我填写的联系方式")).toBeChecked();
    expect(page.url()).not.toContain(PHONE);

    await switchOn(page, "高对比");
    await expect(page.getByLabel(/^手机号/)).toHaveValue(PHONE);
    await expect(page.getByRole("textbox", { name: "具体内容" })).toHaveValue(text);
    // The draft was read back and deleted: nothing of it stays in the tab.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    // Back to the default display for the next tests in this context.
    await toggle(page, "大字").click();
    await expect(toggle(page, "大字")).toHaveAttribute("aria-pressed", "false");
  });

  test("the tracking form keeps the code and digits across a toggle @phone-only", async ({ page }) => {
    await page.goto("/en/wishes/track");
    await page.getByLabel(/^Tracking code/).fill("ABCD-EFGH-JKMN");
    await page.getByLabel(/^Last four digits/).fill("5678");
    await switchOn(page, "High contrast");
    await expect(page.getByLabel(/^Tracking code/)).toHaveValue("ABCD-EFGH-JKMN");
    await expect(page.getByLabel(/^Last four digits/)).toHaveValue("5678");
    expect(page.url()).not.toContain("5678");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the toggle still switches the display on the wish form @phone-only", async ({ page }) => {
    await page.goto("/wishes/new");
    await expect(toggle(page, "大字")).toHaveAttribute("aria-pressed", "false");
    await switchOn(page, "大字");
    await expect(page).toHaveURL(/\/wishes\/new$/);
    await toggle(page, "大字").click();
    await expect(toggle(page, "大字")).toHaveAttribute("aria-pressed", "false");
  });
});
