// Follow-up calls (回访) end to end: a wish settled on site with a phone reaches
// the queue (the e2e server sets HUIYIN_FOLLOW_UP_DAYS=0), its phone masked;
// staff record an unanswered call, then an unsatisfied rating, which reopens
// the wish. Chinese UI, keyboard for the outcome, axe on the queue.
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signedInPage } from "./staff-session";

const RUN = randomBytes(4).toString("hex");
const CODE = /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/;
// Distinct per run: the queue lists other runs' wishes with the same last four too.
const PHONE = `139${String(randomUUID().replace(/\D/g, "")).padEnd(8, "0").slice(0, 8)}`;

/** Enters a wish on site with a phone and settles it at once; returns its code. */
async function settledOnSite(page: Page, content: string): Promise<string> {
  await page.goto("/admin/wishes/new");
  await page.getByRole("radio", { name: "服务需求" }).check();
  await page.getByLabel("分类").selectOption({ label: "养老服务" });
  await page.getByLabel("心愿内容").fill(content);
  // The coming market day: the 2023 one's figures are checked by other specs.
  const marketDay = page.locator("#entry-marketDayId");
  const coming = await marketDay.locator("option", { hasText: "2026" }).first().getAttribute("value");
  await marketDay.selectOption(coming ?? "");
  await page.getByLabel("电话").fill(PHONE);
  await page.getByLabel("居民已口头同意留下联系方式").check();
  await page.getByLabel(/^现场答复/).fill(`已现场答复 ${RUN}`);
  await page.getByRole("button", { name: "录入" }).click();
  const status = page.getByRole("status").filter({ hasText: CODE });
  await expect(status).toBeVisible();
  return CODE.exec((await status.textContent()) ?? "")?.[0] ?? "";
}

test("staff call back a settled wish: an unanswered call stays in the queue, a low rating reopens it", async ({
  browser,
}) => {
  // A whole journey (entry, queue, two calls, the wish page) on a busy machine.
  test.setTimeout(120_000);
  const page = await signedInPage(browser, "staff");
  const code = await settledOnSite(page, `楼下长椅坏了，回访测试 ${RUN}`);
  expect(code).toMatch(CODE);

  await page.goto("/admin");
  await page.getByRole("link", { name: "回访", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "回访" })).toBeVisible();
  const item = page.getByRole("article").filter({ hasText: code });
  await expect(item).toBeVisible();
  // Masked in the list; the full number is never on the page or in the address.
  await expect(item.getByText(`*******${PHONE.slice(-4)}`)).toBeVisible();
  await expect(page.getByText(PHONE)).toHaveCount(0);
  expect(page.url()).not.toContain(PHONE.slice(-4));
  await expect(item.getByText("尚未拨打")).toBeVisible();
  await expectNoAxeViolations(page);

  // Nobody answers: chosen with the keyboard, saved, and the attempt is shown.
  const unreached = item.getByRole("radio", { name: "未接通" });
  await unreached.focus();
  await page.keyboard.press("Space");
  await expect(unreached).toBeChecked();
  await item.getByRole("button", { name: "保存回访结果" }).click();
  await expect(page.getByText("已记录未接通，心愿仍在回访名单中。")).toBeVisible();
  await expect(item.getByText("已 1 次（共 3 次）")).toBeVisible();

  // Without a choice the form says so and keeps the note that was typed.
  await item.getByLabel("备注").fill(`第二次打通了 ${RUN}`);
  await item.getByRole("button", { name: "保存回访结果" }).click();
  await expect(item.getByText("请选择回访结果。").first()).toBeVisible();
  await expect(item.getByLabel("备注")).toHaveValue(`第二次打通了 ${RUN}`);

  // The resident answers and is not satisfied: the wish is reopened for colleagues.
  await item.getByRole("radio", { name: /^2 分/ }).check();
  await item.getByRole("button", { name: "保存回访结果" }).click();
  await expect(page.getByRole("article").filter({ hasText: code })).toHaveCount(0);

  await page.goto(`/admin/wishes?q=${encodeURIComponent(RUN)}`);
  await page.getByRole("main").getByRole("link").filter({ hasText: code }).first().click();
  await expect(page.getByText("重新办理中").first()).toBeVisible();
  await expect(page.getByText(`回访满意度 2/5：第二次打通了 ${RUN}`)).toBeVisible();
});

test("the council secretary has no follow-up queue", async ({ browser }) => {
  const page = await signedInPage(browser, "secretary");
  await expect(page.getByRole("link", { name: "回访", exact: true })).toHaveCount(0);
  const response = await page.goto("/admin/follow-up");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "回访" })).toHaveCount(0);
});
