// Similar wishes and "me too" (issue 14 §5), on a production build: a resident
// puts a wish on the wall, staff approve it, a second resident says "me too"
// once from their phone (a second press counts nothing), a third resident writes
// the same thing again, and staff, opening it, see the first among its similar
// wishes with its "me too" count and merge it in one click, typing no code.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signedInPage } from "./staff-session";

const RUN = randomBytes(4).toString("hex");
const FIRST = `小区北门的路灯坏了，晚上出门很黑 ${RUN}`;
const AGAIN = `北门路灯坏了好几天，晚上看不见路 ${RUN}`;

async function submit(page: Page, text: string, isPublic: boolean): Promise<string> {
  await page.goto("/wishes/new");
  await page.getByRole("radio", { name: "微心愿", exact: true }).check();
  await page.getByRole("textbox", { name: "具体内容" }).fill(text);
  if (isPublic) await page.getByLabel(/^可以在心愿墙上公开/).check();
  await page.getByRole("button", { name: "提交" }).click();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return code;
}

async function openAsStaff(browser: Browser, code: string): Promise<Page> {
  const staff = await signedInPage(browser, "staff");
  await staff.goto(`/admin/wishes?q=${encodeURIComponent(RUN)}`);
  await staff.getByRole("main").getByRole("link").filter({ hasText: code }).first().click();
  await expect(staff).toHaveURL(/\/admin\/wishes\/[0-9a-f-]{36}$/);
  return staff;
}

async function phone(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
}

test("a resident says me too once, and staff merge a repeat in one click @phone-only", async ({ page, browser }) => {
  const first = await submit(page, FIRST, true);
  const staff = await openAsStaff(browser, first);
  await staff.getByRole("button", { name: "原文上墙", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已上墙" })).toBeVisible();

  // A neighbour on their own phone.
  const neighbour = await phone(browser);
  await neighbour.goto("/wishes");
  const card = neighbour.getByRole("article").filter({ hasText: FIRST });
  await expect(card).toBeVisible();
  await card.getByRole("button", { name: "我也是", exact: true }).click();
  await expect(card.getByText("1 位居民说“我也是”")).toBeVisible();
  await expect(card.getByRole("button", { name: "已表示“我也是”" })).toBeDisabled();
  await expectNoAxeViolations(neighbour);
  // The same phone again, after a reload: counted once.
  await neighbour.reload();
  const again = neighbour.getByRole("article").filter({ hasText: FIRST });
  await again.getByRole("button", { name: "我也是", exact: true }).click();
  await expect(again.getByText("1 位居民说“我也是” · 这台设备已经说过了")).toBeVisible();

  // Someone else writes the same thing; staff open it and find the first.
  const repeat = await submit(await phone(browser), AGAIN, false);
  const desk = await openAsStaff(browser, repeat);
  const similar = desk.getByRole("region", { name: "相似心愿" });
  const item = similar.getByRole("listitem").filter({ hasText: first });
  await expect(item).toBeVisible();
  await expect(item.getByText("1 位居民说“我也是”")).toBeVisible();
  await expectNoAxeViolations(desk);
  await item.getByRole("button", { name: `合并到 ${first}` }).click();
  await expect(desk.getByRole("status").filter({ hasText: "已合并办理" }).first()).toBeVisible();
  const merged = desk.getByRole("region", { name: "合并办理" });
  await expect(merged.getByText("已合并到：")).toBeVisible();
  await expect(merged.getByRole("link", { name: first })).toBeVisible();
  // A merged wish offers no more merges.
  await expect(desk.getByRole("button", { name: /^合并到/ })).toHaveCount(0);
});
