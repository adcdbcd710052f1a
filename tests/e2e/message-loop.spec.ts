// The reply travels (issue 13): a resident submits a wish with a phone and ticks
// "tell me", and the SMS gateway (the e2e server's local sink, speaking the
// webhook provider's protocol: scripts/e2e-sms-sink.ts) receives the code; staff
// settle the wish; the SMS with the reply brings a link that opens the reply and
// the rating form without typing anything; a rating of 2 reopens the wish.
// On the phone project: this is a phone's journey.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { phoneOf, smsFor, submitWishWithMessages as submitWish } from "./message-sink";
import { signedInPage } from "./staff-session";

const RUN = randomBytes(4).toString("hex");
test("the code arrives by SMS, the reply's link opens the reply and the rating, and a 2 reopens the wish @phone-only", async ({
  page,
  browser,
}) => {
  const phone = phoneOf(RUN);
  const text = `小区东门的路灯不亮 ${RUN}`;
  const code = await submitWish(page, phone, text);

  // 1. The receipt, with the code, the sign name and a way to stop.
  const receipt = await smsFor(phone, "wish-received");
  expect(receipt.text).toMatch(/^【园东社区】/);
  expect(receipt.text).toContain(code);
  expect(receipt.text).toContain("回T退订");
  expect(receipt.text).not.toContain(phone);

  // 2. Staff settle it with a reply.
  const staff = await signedInPage(browser, "staff");
  await staff.goto(`/admin/wishes?q=${encodeURIComponent(RUN)}`);
  await staff.getByRole("main").getByRole("link").filter({ hasText: code }).first().click();
  await expect(staff).toHaveURL(/\/admin\/wishes\/[0-9a-f-]{36}$/);
  const settle = staff.locator("form", { has: staff.getByRole("heading", { name: "办结并答复" }) });
  const reply = `东门路灯已更换，今晚起正常照明 ${RUN}`;
  await settle.getByLabel("给居民的答复").fill(reply);
  await settle.getByRole("button", { name: "办结", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已办结。" })).toBeVisible();

  // 3. The reply by SMS: its first words and a link, opened as the phone would.
  const replied = await smsFor(phone, "wish-replied");
  expect(replied.text).toContain("东门路灯已更换");
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{38}/.exec(replied.text)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname);
  await expect(page.getByRole("region", { name: "社区答复" }).getByText(reply)).toBeVisible();
  await expect(page.getByRole("heading", { name: "回访：您满意吗？" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(page.url()).not.toContain(code.replace(/-/g, ""));

  // 4. Not satisfied: a 2 reopens it, and the page says so.
  await page.getByRole("radio", { name: "不满意", exact: true }).check();
  await page.getByLabel(/^想说的话/).fill("晚上还是很暗");
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByRole("status").filter({ hasText: "我们已经重新办理这件事" })).toBeVisible();

  // 5. The reopening is news too: a message says staff are on it again.
  const reopened = await smsFor(phone, "wish-reopened");
  expect(reopened.text).toContain(code);
});

test("the stop button behind the link ends the messages of that wish @phone-only", async ({ page }) => {
  const phone = phoneOf(`${RUN}stop`);
  await submitWish(page, phone, `想了解老年人助餐点 ${RUN}`);
  const receipt = await smsFor(phone, "wish-received");
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{38}/.exec(receipt.text)?.[0];
  await page.goto(new URL(link!).pathname);
  await page.getByRole("button", { name: "不再接收这个心愿的消息" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退订" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("已退订")).toBeVisible();
});
