// Referred means answered (issue 14): staff refer a wish; the unit gets its link
// by email (the e2e server's local SMTP relay, scripts/e2e-sms-sink.ts, where
// the product's real SMTP client delivers) and answers on its phone; the
// resident reads the answer on the tracking page. And the other roads: the unit
// sends it back, staff re-route it to another unit, which asks for more time,
// and staff approve, which the resident hears by SMS with the reason.
// On the phone project: the unit and the resident are on phones.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { phoneOf, smsFor, submitWishWithMessages as submitWish, unitLinkFor } from "./message-sink";
import { signedInPage } from "./staff-session";
import { workingDayIn } from "./working-day";

const RUN = randomBytes(4).toString("hex");
// The seed's receiving units and their duty addresses (lib/seed/data).
const PROPERTY = { name: "园岭物业管理处", email: "zhuanban@property.example.cn" };
const CIVIL_AFFAIRS = { name: "区民政局", email: "zhuanban@civil-affairs.example.cn" };

async function openAsStaff(browser: Browser, code: string): Promise<Page> {
  const staff = await signedInPage(browser, "staff");
  await staff.goto(`/admin/wishes?q=${encodeURIComponent(RUN)}`);
  await staff.getByRole("main").getByRole("link").filter({ hasText: code }).first().click();
  await expect(staff).toHaveURL(/\/admin\/wishes\/[0-9a-f-]{36}$/);
  return staff;
}

const form = (page: Page, heading: string) =>
  page.locator("form", { has: page.getByRole("heading", { name: heading, exact: true }) });

async function refer(staff: Page, unit: string, heading = "转办", submit = "转办") {
  const f = form(staff, heading);
  await f.getByLabel(/^承办单位/).selectOption({ label: unit });
  await f.getByLabel(/^办理期限/).fill(workingDayIn(5));
  await f.getByRole("button", { name: submit, exact: true }).click();
}

test("staff refer a wish, the unit answers from the emailed link, and the resident reads the answer @phone-only", async ({
  page,
  browser,
}) => {
  const phone = phoneOf(RUN, "137");
  const code = await submitWish(page, phone, `3栋楼道灯坏了一个月 ${RUN}`);

  const staff = await openAsStaff(browser, code);
  await refer(staff, PROPERTY.name);
  await expect(staff.getByRole("status").filter({ hasText: "已转办" })).toBeVisible();
  await expect(staff.getByRole("region", { name: "转办记录" }).getByText(PROPERTY.name)).toBeVisible();

  // The unit's email: its own link, nothing about the resident.
  const link = await unitLinkFor(PROPERTY.email, code);
  const unit = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await unit.goto(link);
  await expect(unit.getByRole("heading", { name: "转办单办理" })).toBeVisible();
  await expect(unit.getByText(`3栋楼道灯坏了一个月 ${RUN}`)).toBeVisible();
  await expect(unit.getByText(phone)).toHaveCount(0);
  await expectNoAxeViolations(unit);
  await unit.getByRole("button", { name: "签收", exact: true }).click();
  await expect(unit.getByRole("status").filter({ hasText: "已签收" })).toBeVisible();
  const answer = `楼道灯已全部更换，物业每周巡查 ${RUN}`;
  await form(unit, "答复居民")
    .getByLabel(/^给居民的答复/)
    .fill(answer);
  await form(unit, "答复居民").getByRole("button", { name: "提交答复" }).click();
  await expect(unit.getByText(/答复已提交|答复已送达居民/).first()).toBeVisible();
  // Closed: the link now shows nothing of the wish.
  await unit.reload();
  await expect(unit.getByRole("heading", { name: "这件转办已经结束" })).toBeVisible();
  await expect(unit.getByText("贵单位的答复已送达居民")).toBeVisible();
  await expect(unit.getByText(`3栋楼道灯坏了一个月 ${RUN}`)).toHaveCount(0);

  // The resident: the answer on the tracking page, and by SMS.
  await page.goto("/wishes/track");
  await page.getByRole("textbox", { name: /^查询码/ }).fill(code);
  await page.getByLabel("手机号后四位").fill(phone.slice(-4));
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByText(answer).first()).toBeVisible();
  expect((await smsFor(phone, "wish-replied")).text).toContain("楼道灯已全部更换");
});

test("a unit sends a referral back, staff re-route it, the new unit asks for more time and staff approve @phone-only", async ({
  page,
  browser,
}) => {
  const phone = phoneOf(RUN, "136");
  const code = await submitWish(page, phone, `想申请高龄津贴，不知道找谁 ${RUN}`);
  const staff = await openAsStaff(browser, code);
  await refer(staff, PROPERTY.name);
  await expect(staff.getByRole("status").filter({ hasText: "已转办" })).toBeVisible();

  // 1. The property office sends it back.
  const unit = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await unit.goto(await unitLinkFor(PROPERTY.email, code));
  await form(unit, "退单（不属于本单位）")
    .getByLabel(/^退单原因/)
    .fill("高龄津贴由民政部门办理。");
  await form(unit, "退单（不属于本单位）").getByRole("button", { name: "退单" }).click();
  // The thank-you, or (once the page has refreshed) the closed link saying the same.
  await expect(unit.getByText(/已退单/).first()).toBeVisible();

  // 2. Staff see why, and re-route it to civil affairs.
  await staff.reload();
  await expect(staff.getByText("高龄津贴由民政部门办理。").first()).toBeVisible();
  await refer(staff, CIVIL_AFFAIRS.name, "改派给其他单位", "改派");
  await expect(staff.getByRole("status").filter({ hasText: "已改派" })).toBeVisible();
  await page.goto("/wishes/track");
  await page.getByRole("textbox", { name: /^查询码/ }).fill(code);
  await page.getByLabel("手机号后四位").fill(phone.slice(-4));
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await expect(page.getByText(`已转交${CIVIL_AFFAIRS.name}办理。`)).toBeVisible();

  // 3. Civil affairs asks for more time.
  const second = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await second.goto(await unitLinkFor(CIVIL_AFFAIRS.email, code));
  const ask = form(second, "申请延期");
  await ask.getByLabel(/^希望延期到/).fill(workingDayIn(15));
  await ask.getByLabel(/^延期理由/).fill(`需要核对户籍和年龄材料 ${RUN}`);
  await ask.getByRole("button", { name: "提交延期申请" }).click();
  await expect(second.getByRole("status").filter({ hasText: "延期申请已提交" })).toBeVisible();

  // 4. Staff approve with the reason for the resident, who hears it by SMS.
  await staff.reload();
  await expect(staff.getByText(`需要核对户籍和年龄材料 ${RUN}`).first()).toBeVisible();
  const approve = form(staff, "同意延期");
  await approve.getByLabel(/^办理期限/).fill(workingDayIn(15));
  await approve.getByLabel(/^对居民的说明/).fill(`需要核对户籍和年龄材料，期限顺延 ${RUN}`);
  await approve.getByRole("button", { name: "同意延期" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已同意延期" })).toBeVisible();
  await expectNoAxeViolations(staff);
  expect((await smsFor(phone, "wish-extended")).text).toContain("需要核对户籍");
});
