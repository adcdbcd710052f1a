// The content forms end to end (market days, stalls, partner units), as the admin
// uses them on a phone and at a desk: errors are summarised on top (which takes
// the focus) and shown next to their fields, linked with aria-describedby, and
// nothing typed is lost, with JavaScript on and off, in Chinese and English.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { MARKET_DAY_2023_SLUG } from "../../lib/seed/data/market-days";
import { expectNoAxeViolations } from "./axe";
import { signedInPage } from "./staff-session";

async function adminPage(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  return signedInPage(browser, "admin", javaScriptEnabled);
}

/** The form's summary on top (Next's route announcer is an alert too). */
const summary = (page: Page) => page.locator("form [role=alert]");

/** The field's error is shown, and the control says so and points at it. */
async function expectFieldError(control: Locator, text: string | RegExp): Promise<void> {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const described = (await control.getAttribute("aria-describedby")) ?? "";
  const errorId = described.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, "aria-describedby names the error").toBeTruthy();
  await expect(control.page().locator(`[id="${errorId}"]`)).toContainText(text);
}

test("a market day: a schema error, a taken slug, then created, published and cancelled", async ({ browser }) => {
  const page = await adminPage(browser);
  const run = randomBytes(4).toString("hex");
  await page.goto("/admin/content/market-days/new");
  await page.getByLabel(/^网址标识/).fill(MARKET_DAY_2023_SLUG);
  await page.getByLabel(/^名称 （必填）/).fill(`夏季市集 ${run}`);
  await page.getByLabel(/^名称（英文）/).fill(`Summer market ${run}`);
  await page.getByLabel(/^主题 （必填）/).fill("清凉一夏");
  await page.getByLabel(/^日期/).fill("2030-07-06");
  await page.getByLabel(/^开始时间/).fill("14:30");
  await page.getByLabel(/^结束时间/).fill("14:00");
  await page.getByLabel(/^地点 （必填）/).fill("园岭七街小公园");
  await page.getByRole("button", { name: "创建" }).click();

  // The schema's verdict: the summary on top has the focus, the error sits at its field.
  const alert = summary(page);
  await expect(alert).toBeFocused();
  await expect(alert).toContainText("有需要修改的地方");
  await expectFieldError(page.getByLabel(/^结束时间/), "结束时间须晚于开始时间。");
  await expect(page.getByLabel(/^名称（英文）/)).toHaveValue(`Summer market ${run}`);
  await expectNoAxeViolations(page);

  // Then the service's: the slug is another market day's.
  await page.getByLabel(/^结束时间/).fill("17:00");
  await page.getByRole("button", { name: "创建" }).click();
  await expectFieldError(page.getByLabel(/^网址标识/), "已被使用，请换一个。");
  await expect(page.getByLabel(/^结束时间/)).toHaveValue("17:00");
  await expect(page.getByLabel(/^结束时间/)).not.toHaveAttribute("aria-invalid");

  await page.getByLabel(/^网址标识/).fill(`2030-07-06-summer-${run}`);
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/market-days\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "已创建。" })).toBeVisible();

  // Publishing refreshes the page: the status and the buttons follow.
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布。" })).toBeVisible();
  await expect(page.getByText("状态: 已发布")).toBeVisible();
  await expect(page.getByRole("button", { name: "发布", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "取消这个市集日" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已取消。" })).toBeVisible();
  await expect(page.getByRole("button", { name: "重新发布" })).toBeVisible();

  // A saved edit says so, and the heading shows the new title.
  await page.getByLabel(/^名称 （必填）/).fill(`夏季市集（改） ${run}`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存。" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`夏季市集（改） ${run}`);
});

test("a partner unit in English with JavaScript off: errors keep what was typed", async ({ browser }) => {
  const page = await adminPage(browser, false);
  const run = randomBytes(4).toString("hex");
  const taken = "园东社区党委";
  await page.goto("/en/admin/content/organizations/new");
  await page.getByLabel(/^Name \(English\)/).fill(`Unit ${run}`);
  await page.getByLabel(/^Description \(English\)/).fill("Runs the weekly repair stall.");
  await page.getByRole("button", { name: "Create" }).click();

  await expect(summary(page)).toContainText("Some answers need changing");
  await expectFieldError(page.getByLabel(/^Name \(required\)/), "Please fill this in.");
  await expectFieldError(page.getByLabel(/^Type/), "Please fill this in.");
  await expect(page.getByLabel(/^Name \(English\)/)).toHaveValue(`Unit ${run}`);
  await expect(page.getByLabel(/^Description \(English\)/)).toHaveValue("Runs the weekly repair stall.");

  // A seeded unit's name is a message at the name, not a failure.
  await page.getByLabel(/^Name \(required\)/).fill(taken);
  await page.getByLabel(/^Type/).selectOption("COMPANY");
  await page.getByRole("button", { name: "Create" }).click();
  await expectFieldError(page.getByLabel(/^Name \(required\)/), "Already in use; please choose another.");
  await expect(page.getByLabel(/^Type/)).toHaveValue("COMPANY");

  await page.getByLabel(/^Name \(required\)/).fill(`测试单位 ${run}`);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/content\/organizations\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText("Created.")).toBeVisible();
  await expect(page.getByLabel(/^Description \(English\)/)).toHaveValue("Runs the weekly repair stall.");
});

test("a stall: unticked boxes stay unticked after an error, with JavaScript on and off", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await adminPage(browser, javaScriptEnabled);
    await page.goto("/admin/content/stalls");
    const href = await page.locator("main table a[href*='/admin/content/stalls/']").first().getAttribute("href");
    await page.goto(href ?? "");
    const audiences = page.getByRole("group", { name: /^服务对象/ });
    const boxes = audiences.getByRole("checkbox");
    for (const box of await boxes.all()) await box.uncheck();
    await page.getByLabel(/^摊位编号/).fill("０");
    await page.getByRole("button", { name: "保存" }).click();

    await expect(summary(page)).toBeVisible();
    await expect(audiences).toContainText("请填写此项。");
    await expectFieldError(page.getByLabel(/^摊位编号/), "数值超出范围。");
    for (const box of await boxes.all()) await expect(box).not.toBeChecked();
    await expect(page.getByLabel(/^摊位编号/)).toHaveValue("０");
    await page.context().close();
  }
});

test("a market day with JavaScript off: created, then published from its page", async ({ browser }) => {
  const page = await adminPage(browser, false);
  const run = randomBytes(4).toString("hex");
  await page.goto("/admin/content/market-days/new");
  await page.getByLabel(/^网址标识/).fill(`2030-08-03-autumn-${run}`);
  await page.getByLabel(/^名称 （必填）/).fill(`秋季市集 ${run}`);
  await page.getByLabel(/^主题 （必填）/).fill("金秋");
  await page.getByLabel(/^日期/).fill("2030-08-03");
  await page.getByLabel(/^开始时间/).fill("09:00");
  await page.getByLabel(/^结束时间/).fill("11:30");
  await page.getByLabel(/^地点 （必填）/).fill("园岭七街小公园");
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/market-days\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByLabel(/^开始时间/)).toHaveValue("09:00");

  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布。" })).toBeVisible();
  await expect(page.getByText("状态: 已发布")).toBeVisible();
});

test("the office phone residents call about a lost code: a bad number is refused and kept, a good one shows on the tracking page", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  await page.goto("/admin/content");
  await page
    .getByRole("main")
    .getByRole("link", { name: /^社区办公室/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "社区办公室联系方式" })).toBeVisible();
  const phone = page.getByLabel(/^办公室电话/);
  const seeded = await phone.inputValue();
  expect(seeded).not.toBe("");

  await phone.fill("打电话给我们");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveValue("打电话给我们");

  // Only the phone changes (the hours are checked by the recovery spec), and it goes back after.
  await phone.fill("0755-2660 1234");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  const resident = await browser.newPage();
  await resident.goto("/wishes/track");
  await expect(resident.getByTestId("office-phone")).toHaveText("0755-2660 1234");
  await expect(resident.getByTestId("office-phone")).toHaveAttribute("href", "tel:075526601234");

  await phone.fill(seeded);
  await page.getByRole("button", { name: "保存" }).click();
  // The "已保存" of the first save is still on screen, so it cannot tell that this
  // one has landed: the resident's page is reloaded until it shows the number.
  await expect(async () => {
    await resident.reload();
    await expect(resident.getByTestId("office-phone")).toHaveText(seeded, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await Promise.all([page.close(), resident.close()]);
});
