// Tracking a wish, rating it and the public wall, as a resident does it on a
// phone, in Chinese and English, with JavaScript on and off. Codes and digits
// must never appear in the URL.
//
// Rating reopens two seeded settled wishes; on a reused local server (not CI)
// run against a freshly seeded database, or those two tests find them rated.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { MARKET_DAY_2023_SLUG } from "../../lib/seed/data/market-days";
import { seedTrackingCode } from "../../lib/seed/plan-wishes";
import { formatTrackingCode } from "../../lib/wishes/tracking-code";
import { expectNoAxeViolations } from "./axe";

const seededCode = (ref: string) => seedTrackingCode(`seed:${MARKET_DAY_2023_SLUG}:${ref}`);

const ZH = {
  path: "/wishes/track",
  code: "查询码",
  last4: "手机号后四位",
  submit: "查询",
  result: "心愿进度",
  notFound: "没有找到这个心愿",
  submitted: "已受理",
  veryDissatisfied: "很不满意",
  rate: "提交评价",
  reopened: "我们已经重新办理这件事",
  reopenedStatus: "重新办理中",
};
const EN = {
  path: "/en/wishes/track",
  code: "Tracking code",
  last4: "Last four digits of your phone",
  submit: "Look up",
  result: "Your wish",
  notFound: "No wish found",
  submitted: "Received",
  veryDissatisfied: "Very dissatisfied",
  rate: "Send rating",
  reopened: "The matter has been reopened",
  reopenedStatus: "Being handled again",
};
type Words = typeof ZH;

/** A wish with a phone, sent the way a script or mini-program would. */
async function submitWithPhone(page: Page, phone: string): Promise<string> {
  const response = await page.request.post("/api/wishes", {
    form: {
      kind: "wish",
      category: "elderly-care",
      content: "希望楼道里装一个扶手，老人上下楼方便些。",
      phone,
      consent: "on",
      idempotencyKey: randomUUID(),
    },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { trackingCode: string };
  expect(body.trackingCode).toMatch(/^[2-9A-Z]{12}$/);
  return body.trackingCode;
}

async function lookUp(page: Page, w: Words, code: string, last4: string) {
  // Every label says whether it is required or optional after its name.
  await page.getByLabel(new RegExp(`^${w.code}`)).fill(code);
  await page.getByLabel(new RegExp(`^${w.last4}`)).fill(last4);
  await page.getByRole("button", { name: w.submit, exact: true }).click();
}

function expectNoSecretsInUrl(page: Page, code: string, last4: string) {
  const url = decodeURIComponent(page.url()).toUpperCase().replace(/[\s-]/g, "");
  expect(url).not.toContain(code);
  if (last4) expect(url).not.toContain(last4);
}

for (const [w, javaScriptEnabled] of [
  [ZH, true],
  [EN, false],
] as const) {
  const lang = w === ZH ? "zh" : "en";
  const js = javaScriptEnabled ? "JavaScript on" : "JavaScript off";

  test.describe(`${lang}, ${js}`, () => {
    test.use({ javaScriptEnabled });

    test(`tracks a wish with the right last four digits, not with wrong ones @phone-only`, async ({ page }) => {
      const code = await submitWithPhone(page, "13912348765");
      await page.goto(w.path);
      // axe runs inside the page, so only where JavaScript is on (the en tests below cover English).
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // Typed the way a resident copies it from a slip: lower case, in groups.
      await lookUp(page, w, formatTrackingCode(code).toLowerCase().replace(/-/g, " "), "8765");
      const result = page.getByRole("region", { name: w.result, exact: true });
      await expect(result.getByRole("heading", { name: w.result, exact: true })).toBeVisible();
      await expect(result.getByText(w.submitted, { exact: true })).toBeVisible();
      await expect(result.getByText("*******8765")).toBeVisible();
      await expect(result).not.toContainText("13912348765");
      expectNoSecretsInUrl(page, code, "8765");
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await lookUp(page, w, code, "1234");
      // (Next's route announcer is an alert too; ours is the one in <main>.)
      const alert = page.getByRole("main").getByRole("alert");
      await expect(alert).toContainText(w.notFound);
      const wrongDigits = (await alert.textContent()) ?? "";
      await expect(page.getByRole("region", { name: w.result, exact: true })).toHaveCount(0);
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await lookUp(page, w, "ZZZZ-ZZZZ-ZZZZ", "8765");
      // An unknown code reads exactly like wrong digits: nothing to probe.
      await expect(alert).toHaveText(wrongDigits);
      expectNoSecretsInUrl(page, code, "8765");
    });

    test(`rating a settled wish 1 reopens it @phone-only`, async ({ page }) => {
      const code = seededCode(w === ZH ? "tcm-health-talks" : "shadow-puppet-course");
      await page.goto(w.path);
      await lookUp(page, w, code, "");
      await expect(page.getByRole("heading", { name: w.result, exact: true })).toBeVisible();
      await page.getByRole("radio", { name: w.veryDissatisfied, exact: true }).check();
      await page.getByRole("button", { name: w.rate, exact: true }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(w.reopened);
      await expect(
        page.getByRole("region", { name: w.result, exact: true }).getByText(w.reopenedStatus, { exact: true }).first(),
      ).toBeVisible();
      // Rated once: the form is gone.
      await expect(page.getByRole("button", { name: w.rate, exact: true })).toHaveCount(0);
      expectNoSecretsInUrl(page, code, "");
    });
  });
}

test.describe("the public wall with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, base, settled, filter, total, next] of [
    ["zh", "/wishes", "已办结", "筛选", "公开心愿", "下一页"],
    ["en", "/en/wishes", "Settled", "Filter", "Public wishes", "Next page"],
  ] as const) {
    test(`${lang}: counts per state, a filter by state and a next page @phone-only`, async ({ page }) => {
      await page.goto(base);
      const counts = page.getByRole("definition");
      await expect(counts.first()).toHaveText(/^\d+$/);
      const totalCount = Number(await page.locator("dl div", { hasText: total }).getByRole("definition").innerText());
      expect(totalCount).toBeGreaterThan(20);

      await page.getByRole("link", { name: next }).click();
      await expect(page).toHaveURL(/[?&]after=\d+\.[0-9a-f-]{36}/);
      await expect(page.getByRole("article").first()).toBeVisible();

      await page.goto(base);
      await page.getByRole("combobox").nth(1).selectOption({ label: settled });
      await page.getByRole("button", { name: filter, exact: true }).click();
      await expect(page).toHaveURL(/[?&]state=settled/);
      const cards = page.getByRole("article");
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) await expect(card.getByText(settled, { exact: true })).toBeVisible();
      // Nothing personal anywhere on the wall.
      await expect(page.locator("main")).not.toContainText(/\*{4}\d{4}|1[3-9]\d{9}/);
    });
  }
});

test("axe finds nothing on the wall and the English tracking page @phone-only", async ({ page }) => {
  await page.goto("/wishes");
  await expectNoAxeViolations(page);
  await page.goto("/en/wishes?state=settled");
  await expectNoAxeViolations(page);

  const code = await submitWithPhone(page, "13712345555");
  await page.goto(EN.path);
  await expectNoAxeViolations(page);
  await lookUp(page, EN, code, "5555");
  await expect(page.getByRole("heading", { name: EN.result, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await lookUp(page, EN, code, "0000");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(EN.notFound);
  await expectNoAxeViolations(page);
});

test("POST /api/wishes: error keys, one wish per idempotency key, no posts from other sites @phone-only", async ({
  page,
  baseURL,
}) => {
  const invalid = await page.request.post("/api/wishes", { form: { kind: "wish", content: "短" } });
  expect(invalid.status()).toBe(400);
  const { errors } = (await invalid.json()) as { errors: Record<string, string[]> };
  expect(errors.content).toEqual(["content.tooShort"]);
  // The category is optional: staff categorise what a resident leaves open.
  expect(errors.category).toBeUndefined();

  const form = {
    kind: "opinion",
    category: "safety",
    content: "路口的红绿灯时间太短，老人过不去。",
    idempotencyKey: randomUUID(),
  };
  const first = await page.request.post("/api/wishes", { form });
  const again = await page.request.post("/api/wishes", { form });
  expect([first.status(), again.status()]).toEqual([201, 200]);
  expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(
    ((await first.json()) as { trackingCode: string }).trackingCode,
  );

  const crossSite = await page.request.post("/api/wishes", {
    form: { ...form, idempotencyKey: randomUUID() },
    headers: { Origin: "https://example.org" },
  });
  expect(crossSite.status()).toBe(403);
  const sameSite = await page.request.post("/api/wishes", {
    form: { ...form, idempotencyKey: randomUUID() },
    headers: { Origin: baseURL! },
  });
  expect(sameSite.status()).toBe(201);
});
