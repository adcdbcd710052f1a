// Signing staff in, shared by the dashboard specs. Labels carry the form kit's
// "（必填）" marker, so the password field is found by its label's start.
import { expect, type Browser, type Page } from "@playwright/test";

export const STAFF_PASSWORD = process.env.SEED_STAFF_PASSWORD ?? "e2e-staff-password";

/** Fills and sends the sign-in form; does not wait for where it lands. */
export async function submitSignIn(page: Page, username: string, password = STAFF_PASSWORD, path = "/admin/sign-in") {
  await page.goto(path);
  await page.getByLabel(/^用户名/).fill(username);
  await page.getByLabel(/^密码/).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Signs a seeded account in on this page and waits for the dashboard. */
export async function signInOn(page: Page, username: string): Promise<Page> {
  await submitSignIn(page, username);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** A new browser context with the account signed in. */
export async function signedInPage(browser: Browser, username: string, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  return signInOn(page, username);
}
