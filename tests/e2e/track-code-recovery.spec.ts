// Issue 16, item 4: a resident who lost the tracking code finds the way back:
// the community office's phone and hours on /wishes/track, and the promise that
// staff can find the wish by phone number.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const CASES = [
  {
    path: "/wishes/track",
    heading: "忘记查询码？",
    promise: "工作人员可以按您提交时留的手机号找到您的心愿",
    hours: "周一至周五",
  },
  {
    path: "/en/wishes/track",
    heading: "Forgot your tracking code?",
    promise: "Staff can find your wish by the mobile number",
    hours: "Monday to Friday",
  },
] as const;

for (const c of CASES) {
  test(`${c.path}: "forgot your code?" gives the office phone, hours and the phone-number promise @phone-only`, async ({
    page,
  }) => {
    await page.goto(c.path);
    const forgot = page.getByRole("region", { name: c.heading });
    await expect(forgot).toBeVisible();
    const phone = forgot.getByTestId("office-phone");
    await expect(phone).toHaveAttribute("href", /^tel:[\d+]+$/);
    await expect(forgot).toContainText(c.hours);
    await expect(forgot).toContainText(c.promise);
    await expect(phone).toHaveText(/^[\d\s+-]{7,}$/);
  });
}

test("the forgot-code section is axe clean in large text @phone-only", async ({ page }) => {
  await page.goto("/wishes/track");
  await page.getByRole("button", { name: "大字", exact: true }).click();
  await expect(page.getByRole("button", { name: "大字", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "忘记查询码？" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("every page's footer leads to the office phone, even the not-found page @phone-only", async ({ page }) => {
  for (const start of ["/market-days", "/no-such-page"]) {
    await page.goto(start);
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: /忘记查询码/ })
      .click();
    await expect(page).toHaveURL(/\/wishes\/track#forgot-heading$/);
    await expect(page.getByRole("region", { name: "忘记查询码？" }).getByTestId("office-phone")).toBeVisible();
  }
});
