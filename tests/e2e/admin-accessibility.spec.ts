// Every dashboard page, as the admin sees it on a tablet at the stalls (1024×768)
// and on a desktop: axe finds nothing, controls are big enough to tap, and
// nothing scrolls sideways. Ids are found by following links as staff would.
import { expect, test, type Page } from "@playwright/test";
import { MARKET_DAY_2023_SLUG } from "../../lib/seed/data/market-days";
import { expectNoAxeViolations } from "./axe";
import { signInOn } from "./staff-session";

async function signInAsAdmin(page: Page): Promise<void> {
  await signInOn(page, "admin");
}

async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${path}`);
  return href;
}

async function adminPaths(page: Page): Promise<string[]> {
  const wish = await firstLink(page, "/admin/wishes", /\/admin\/wishes\/[0-9a-f-]{36}$/);
  const meeting = await firstLink(page, "/admin/council", /\/admin\/council\/[0-9a-f-]{36}$/);
  const marketDay = await firstLink(
    page,
    "/admin/content/market-days",
    /\/admin\/content\/market-days\/[0-9a-f-]{36}$/,
  );
  const stall = await firstLink(page, "/admin/content/stalls", /\/admin\/content\/stalls\/[0-9a-f-]{36}$/);
  const org = await firstLink(page, "/admin/content/organizations", /\/admin\/content\/organizations\/[0-9a-f-]{36}$/);
  return [
    "/admin",
    "/admin/wishes",
    "/admin/wishes?overdue=1",
    wish,
    "/admin/wishes/new",
    "/admin/council",
    meeting,
    "/admin/content",
    "/admin/content/market-days",
    marketDay,
    "/admin/content/market-days/new",
    "/admin/content/stalls",
    stall,
    "/admin/content/stalls/new",
    "/admin/content/organizations",
    org,
    "/admin/content/organizations/new",
    "/admin/content/synonyms",
    "/admin/staff",
    "/admin/account",
    "/admin/reports",
    `/admin/reports/market-days/${MARKET_DAY_2023_SLUG}/summary`,
    "/admin/notifications",
    "/admin/notifications?status=DEAD",
  ];
}

test.describe("dashboard accessibility @desktop-only", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("the sign-in page, in both languages", async ({ page }) => {
    for (const path of ["/admin/sign-in", "/en/admin/sign-in"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });

  // One test per language: twenty pages of axe each, so each has its own time
  // budget and the two can run side by side.
  for (const [language, prefix] of [
    ["Chinese", ""],
    ["English", "/en"],
  ] as const) {
    test(`axe finds nothing on any dashboard page, in ${language}`, async ({ page }) => {
      test.setTimeout(240_000);
      await signInAsAdmin(page);
      for (const path of await adminPaths(page)) {
        await page.goto(`${prefix}${path}`);
        await expect(page.locator("h1").first(), `${prefix}${path}`).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  }

  test("controls are at least 44×44 px and nothing scrolls sideways on a tablet", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAsAdmin(page);
    const problems: string[] = [];
    for (const path of await adminPaths(page)) {
      await page.goto(path);
      const found = await page.evaluate(() => {
        const small = [
          ...document.querySelectorAll<HTMLElement>("a, button, input:not([type=hidden]), select, textarea, summary"),
        ]
          .filter((el) => {
            // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
            if (el.tagName === "A" && getComputedStyle(el).display === "inline") return false;
            if (el.classList.contains("sr-only") || el.closest('[aria-hidden="true"]')) return false;
            // The fields of a closed disclosure are not on screen (its summary is checked).
            if (el.tagName !== "SUMMARY" && el.closest("details:not([open])")) return false;
            const type = el.getAttribute("type");
            if (type === "radio" || type === "checkbox") return false;
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.width < 44 || box.height < 44);
          })
          .map((el) => `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}"`);
        const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        return overflow > 0 ? [...small, `scrolls sideways by ${overflow}px`] : small;
      });
      problems.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(problems).toEqual([]);
  });
});
