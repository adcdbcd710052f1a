// Joint council end to end (issues 5 and 16): two wishes are escalated to one agenda
// item by staff; the meeting takes place; the secretary records the item's decision
// with a due date, and both wishes carry it (决定待落实) on the meeting page and the
// resident's tracking page; the wish is settled only when staff mark the work done.
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { signedInPage } from "./staff-session";

const RUN = randomBytes(4).toString("hex");

async function signedIn(browser: Browser, username: string): Promise<Page> {
  return signedInPage(browser, username);
}

/** A resident's wish through the public endpoint the form also posts to; returns its tracking code. */
async function submitWish(page: Page, content: string): Promise<string> {
  const response = await page.request.post("/api/wishes", {
    form: { kind: "opinion", category: "environment-property", content, idempotencyKey: randomUUID() },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

/**
 * Staff open the wish from the inbox's text search and escalate it (helper B's form).
 * The search finds both wishes of this test (their words overlap), so the link is
 * picked by the wish's own code: the first link was whichever wish sorted first.
 */
async function escalate(
  staff: Page,
  wish: { content: string; code: string },
  target: { meeting: string; newTopic?: string; existingTopic?: string },
) {
  await staff.goto(`/admin/wishes?q=${encodeURIComponent(wish.content.slice(0, 20))}`);
  const grouped = wish.code.replace(/(.{4})(?=.)/g, "$1-");
  await staff.getByRole("main").getByRole("link").filter({ hasText: grouped }).first().click();
  await expect(staff).toHaveURL(/\/admin\/wishes\/[0-9a-f-]{36}/);
  const form = staff.locator("form", { has: staff.getByRole("button", { name: "提交议事会" }) });
  const choose = async (label: RegExp, text: string) => {
    const select = form.getByLabel(label);
    const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
    await select.selectOption(value ?? "");
  };
  if (target.newTopic) {
    // No item chosen, a meeting and a topic given: a new agenda item.
    await choose(/^新议题放到哪次议事会/, target.meeting);
    await form.getByLabel(/^新议题名称/).fill(target.newTopic);
  } else if (target.existingTopic) {
    await choose(/^议事会议题/, target.existingTopic);
  }
  await form.getByRole("button", { name: "提交议事会" }).click();
  // The timeline gains the escalation (the form itself is gone: the state moved on).
  await expect(staff.getByText("→ 已提交联席议事会").first()).toBeVisible();
}

test("two wishes escalated to one council item both get its decision", async ({ browser }) => {
  // The longest journey of the suite: three people, two meetings pages, two residents.
  test.setTimeout(150_000);
  const secretary = await signedIn(browser, "secretary");
  const staff = await signedIn(browser, "staff");

  // The secretary schedules a meeting (planned: it still takes new topics).
  const meetingTitle = `议事会 e2e ${RUN}`;
  await secretary.goto("/admin/council");
  await expectNoAxeViolations(secretary);
  const create = secretary.locator("form", { has: secretary.getByRole("button", { name: "新建会议" }) });
  await create.getByRole("textbox", { name: /^会议名称\s*（必填）$/ }).fill(meetingTitle);
  await create.getByLabel(/^时间/).fill("2030-06-01T15:00");
  await create.getByLabel(/^地点/).fill("党群服务中心会议室");
  await create.getByRole("button", { name: "新建会议" }).click();
  await expect(secretary).toHaveURL(/\/admin\/council\/[0-9a-f-]{36}\?created=1$/);
  await expect(secretary.getByRole("heading", { level: 1, name: meetingTitle })).toBeVisible();
  const meetingUrl = secretary.url().replace(/\?created=1$/, "");

  // Two residents report the same problem.
  const first = `小区北门路灯不亮 ${RUN}，晚上看不清路。`;
  const second = `北门一带路灯坏了 ${RUN}，希望尽快修。`;
  const codes = [await submitWish(staff, first), await submitWish(staff, second)];

  const topic = `北门路灯维修 ${RUN}`;
  await escalate(staff, { content: first, code: codes[0]! }, { meeting: meetingTitle, newTopic: topic });
  await escalate(staff, { content: second, code: codes[1]! }, { meeting: meetingTitle, existingTopic: topic });

  // Both wishes sit under the one item.
  await secretary.goto(meetingUrl);
  const item = secretary.getByRole("article", { name: new RegExp(topic) });
  await expect(item.getByRole("heading", { name: "关联心愿（2）" })).toBeVisible();
  await expect(item.getByText("待议事会决定")).toHaveCount(2);
  // A meeting that has not taken place has decided nothing: no decision form yet.
  await expect(item.getByText("会议举行后才能记录决定")).toBeVisible();
  await expect(item.getByRole("button", { name: "记录决定并答复" })).toHaveCount(0);
  await expectNoAxeViolations(secretary);

  // Dated in the future, the meeting cannot be marked held; with its real (past) date it can.
  const edit = secretary.locator("form", { has: secretary.getByRole("button", { name: "保存修改" }) });
  await edit.getByRole("radio", { name: /^已召开/ }).check();
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByText("会议日期还没到，不能标记为“已召开”。")).toBeVisible();
  await expect(edit.getByRole("radio", { name: /^已召开/ })).toBeChecked();
  await edit.getByLabel(/^时间/).fill("2026-11-20T15:00");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByText("已保存。")).toBeVisible();

  const decision = `物业一周内更换北门全部路灯 ${RUN}，此后每月巡查一次。`;
  const decided = secretary.getByRole("article", { name: new RegExp(topic) });
  await decided.getByLabel(/决定（将作为答复发给 2 条待决定的心愿）/).fill(decision);
  await decided.getByLabel(/^落实期限/).fill("2099-06-30");
  await decided.getByRole("button", { name: "记录决定并答复" }).click();
  await expect(secretary.getByText(decision)).toBeVisible();
  // Exact: the success message names the state too.
  await expect(decided.getByText("决定待落实", { exact: true })).toHaveCount(2);
  await expect(decided.getByText(/落实期限：2099年6月30日/)).toBeVisible();

  // The resident's tracking page shows the decision as the reply and when it is due, for both wishes.
  for (const code of codes) {
    const resident = await (await browser.newContext()).newPage();
    await resident.goto("/wishes/track");
    await resident.getByLabel(/^查询码/).fill(code);
    await resident.getByRole("button", { name: "查询" }).click();
    await expect(resident.getByText(decision).first()).toBeVisible();
    await expect(resident.getByText("议事会已决定，落实中").first()).toBeVisible();
    await expect(resident.getByText("落实期限：2099年6月30日")).toBeVisible();
    await resident.context().close();
  }

  // Staff (the secretary may not settle wishes) mark the work done on one wish: only that one is settled.
  const wishHref = await decided.getByRole("link", { name: new RegExp(codes[0]!.slice(0, 4)) }).getAttribute("href");
  await staff.goto(wishHref ?? "");
  const settle = staff.locator("form", { has: staff.getByRole("heading", { name: "办结并答复" }) });
  const done = `北门路灯已全部更换 ${RUN}。`;
  await settle.getByLabel(/^给居民的答复/).fill(done);
  await settle.getByRole("button", { name: "办结", exact: true }).click();
  await expect(staff.getByText(done).first()).toBeVisible();
  await secretary.goto(meetingUrl);
  await expect(
    secretary.getByRole("article", { name: new RegExp(topic) }).getByText("已办结", { exact: true }),
  ).toHaveCount(1);

  // The public council page lists the meeting now that it is held.
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto("/council");
  await expect(publicPage.getByRole("heading", { name: meetingTitle })).toBeVisible();
  await expect(publicPage.getByText(decision)).toBeVisible();
  // Within this run's item: the other project's run shows a meeting with the same due date.
  await expect(publicPage.locator("li", { hasText: decision }).getByText("落实期限：2099年6月30日")).toBeVisible();
  await expect(publicPage.getByText(first)).toHaveCount(0);
  await expectNoAxeViolations(publicPage);
});
