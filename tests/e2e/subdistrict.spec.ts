// The subdistrict view (issue 14 §4) on a desktop: the Yuanling account lands on
// its two communities side by side, narrows the period, reads Baihua's inbox
// read-only, and refers a wish Baihua's staff entered at a stall to the
// subdistrict office, a unit of Yuandong's that serves the whole subdistrict,
// which gets its signed link by email (the e2e server's SMTP relay).
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { unitLinkFor } from "./message-sink";
import { signedInPage, submitSignIn } from "./staff-session";

const RUN = randomBytes(4).toString("hex");
const CODE = /[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}(?:-[2-9A-HJ-NP-Z]{2})?/;
const OFFICE = { name: "园岭街道办事处", email: "zhuanban@yuanling-subdistrict.example.cn" };

async function subdistrictPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, "yuanling");
  await expect(page).toHaveURL(/\/admin\/subdistrict$/);
  return page;
}

const rowOf = (page: Page, community: string) => page.getByRole("row").filter({ hasText: community });

test("the subdistrict compares its two communities and reads one's inbox read-only @desktop-only", async ({
  browser,
}) => {
  const page = await subdistrictPage(browser);
  await expect(page.getByRole("heading", { level: 1, name: "园岭街道 · 社区对比" })).toBeVisible();
  await expect(rowOf(page, "百花社区")).toBeVisible();
  await expect(rowOf(page, "园东社区")).toBeVisible();
  // Baihua's referral to the property office was due on 28 November: overdue now.
  const baihuaUnits = page.getByRole("region", { name: "百花社区 · 承办单位" });
  await expect(baihuaUnits.getByRole("table").getByText("园岭物业管理处")).toBeVisible();
  await expectNoAxeViolations(page);

  // May 2023 holds Yuandong's market day and nothing of Baihua's.
  await page.getByLabel("开始日期").fill("2023-05-01");
  await page.getByLabel("结束日期").fill("2023-05-31");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/from=2023-05-01&to=2023-05-31/);
  await expect(rowOf(page, "园东社区").getByRole("cell").first()).toHaveText("39");
  await expect(rowOf(page, "百花社区").getByRole("cell").first()).toHaveText("0");

  await page.goto("/en/admin/subdistrict");
  await expect(
    page.getByRole("heading", { level: 1, name: "Yuanling Subdistrict · communities compared" }),
  ).toBeVisible();
  await expect(rowOf(page, "Baihua Community")).toBeVisible();

  await page.goto("/admin/subdistrict");
  await rowOf(page, "百花社区").getByRole("link", { name: "百花社区" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "百花社区 · 心愿（只读）" })).toBeVisible();
  await expect(page.getByText("小区门口经常有车乱停")).toBeVisible();
  // Nothing of Yuandong's, and nothing to enter or triage.
  await expect(page.getByText("楼道洒水保洁")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "现场录入" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Another subdistrict's community, or a made-up one, is not there at all.
  const missing = await page.goto("/admin/subdistrict/no-such-community");
  expect(missing?.status()).toBe(404);
});

test("a wish Baihua entered at a stall is referred by the subdistrict to its office, which gets the link @desktop-only", async ({
  browser,
}) => {
  const content = `百花：长者活动室空调坏了，夏天很热 ${RUN}`;
  const baihua = await signedInPage(browser, "baihua-staff");
  await baihua.goto("/admin/wishes/new");
  await baihua.getByRole("radio", { name: "服务需求" }).check();
  await baihua.getByLabel("分类").selectOption({ label: "养老服务" });
  await baihua.getByLabel("心愿内容").fill(content);
  await baihua.getByRole("button", { name: "录入" }).click();
  const status = baihua.getByRole("status").filter({ hasText: CODE });
  await expect(status).toBeVisible();
  const code = CODE.exec((await status.textContent()) ?? "")?.[0] ?? "";

  const page = await subdistrictPage(browser);
  await page.goto(`/admin/subdistrict/baihua?q=${RUN}`);
  await page.getByRole("main").getByRole("link").filter({ hasText: code }).click();
  await expect(page).toHaveURL(/\/admin\/subdistrict\/baihua\/wishes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "心愿内容" }).getByText(content)).toBeVisible();
  // Read-only: no triage of the community's own.
  await expect(page.getByRole("button", { name: "现场办理" })).toHaveCount(0);
  const form = page.getByRole("region", { name: "转办给街道级单位" });
  await form.getByLabel(/^承办单位/).selectOption({ label: OFFICE.name });
  await expect(form.getByLabel(/^答复期限/)).not.toHaveValue("");
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "转办", exact: true }).click();
  // The page comes back with where the wish went and until when.
  await expect(page.getByRole("status").filter({ hasText: `已转办给${OFFICE.name}，答复期限` })).toBeVisible();
  await expect(page.getByRole("region", { name: "转办记录" }).getByText(OFFICE.name)).toBeVisible();

  // The office gets its own signed link, and the link opens this referral.
  const link = await unitLinkFor(OFFICE.email, code);
  const unit = await (await browser.newContext()).newPage();
  await unit.goto(link);
  await expect(unit.getByRole("heading", { name: "转办单办理" })).toBeVisible();
  await expect(unit.getByText(content)).toBeVisible();
});
