// Elderly-friendly and accessible (适老化), on every public page, in both
// languages and in every display mode: axe (WCAG 2.2 AA), AAA contrast in the
// high-contrast mode, text size, touch targets and no horizontal scrolling.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { WCAG_TAGS } from "./axe";
import { english, publicPaths } from "./public-pages";

const MODES = ["standard", "large", "contrast"] as const;

async function setMode(context: BrowserContext, baseURL: string, mode: string) {
  await context.addCookies([{ name: "huiyin-display", value: mode, url: baseURL }]);
}

async function axeViolations(page: Page, aaaContrast: boolean): Promise<string[]> {
  const runs = [new AxeBuilder({ page }).withTags(WCAG_TAGS)];
  // High contrast promises 7:1: there axe's AAA contrast rule must pass too.
  if (aaaContrast) runs.push(new AxeBuilder({ page }).withRules(["color-contrast-enhanced"]));
  const found: string[] = [];
  for (const run of runs) {
    const results = await run.analyze();
    found.push(...results.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(" ") ?? ""}`));
  }
  return found;
}

test.describe("accessibility of every public page", () => {
  let paths: string[] = [];
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    paths = await publicPaths(page);
    await page.close();
  });

  // One test per mode and language keeps each well inside its time budget.
  for (const mode of MODES) {
    for (const lang of ["zh", "en"] as const) {
      test(`axe finds nothing in ${mode} mode (${lang})`, async ({ page, context, baseURL }) => {
        test.setTimeout(300_000);
        await setMode(context, baseURL!, mode);
        const found: string[] = [];
        for (const path of paths.map((p) => (lang === "en" ? english(p) : p))) {
          await page.goto(path);
          // Not-found pages arrive as a shell that the browser fills in.
          await page.locator("h1").first().waitFor();
          for (const v of await axeViolations(page, mode === "contrast")) found.push(`${path} — ${v}`);
        }
        expect(found).toEqual([]);
      });
    }
  }

  test("text is at least 18px, and 24px in large-text mode", async ({ page, context, baseURL }) => {
    for (const [mode, min] of [
      ["standard", 18],
      ["large", 24],
    ] as const) {
      await setMode(context, baseURL!, mode);
      for (const path of paths) {
        await page.goto(path);
        // Not-found pages arrive as a shell that the browser fills in (see the
        // README's known limits): measure once the heading is there.
        // Under load the heading can show a moment before the shell's mode class
        // lands, so the size is polled until it settles (and fails if it never does).
        await page.locator("h1").first().waitFor();
        await expect
          .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), {
            message: `${mode} ${path}`,
          })
          .toBeGreaterThanOrEqual(min);
      }
    }
  });

  test("controls are at least 44×44 CSS px", async ({ page }) => {
    const small: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("a, button, input:not([type=hidden]), select, textarea, summary")]
          .filter((el) => {
            // Links inside a sentence are exempt (WCAG 2.5.8 "inline"); everything else is measured.
            if (el.tagName === "A" && getComputedStyle(el).display === "inline") return false;
            const box = el.getBoundingClientRect();
            // Visually hidden until focused (the skip link): measured when shown.
            if (el.classList.contains("sr-only")) return false;
            // The form's honeypot: hidden from people and assistive technology alike.
            if (el.closest('[aria-hidden="true"]')) return false;
            return (
              box.width > 0 &&
              (box.width < 44 || box.height < 44) &&
              el.getAttribute("type") !== "radio" &&
              el.getAttribute("type") !== "checkbox"
            );
          })
          .map(
            (el) =>
              `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`,
          ),
      );
      small.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(small).toEqual([]);
  });

  for (const [label, width, mode] of [
    ["320px", 320, "standard"],
    ["320px with large text", 320, "large"],
    ["200% zoom of a 1280px window (640 CSS px)", 640, "large"],
  ] as const) {
    test(`no horizontal scrolling at ${label}`, async ({ page, context, baseURL }) => {
      await setMode(context, baseURL!, mode);
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths.flatMap((p) => [p, english(p)])) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }

  // Phones have no Tab key: the desktop project runs this (see playwright.config.ts).
  test("keyboard: the skip link leads to the main content and focus is visible @desktop-only", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe("display modes", () => {
  for (const js of [true, false]) {
    test(`large text and high contrast switch on and off ${js ? "with" : "without"} JavaScript`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: js, baseURL });
      const page = await context.newPage();
      await page.goto("/stalls");
      await page.getByRole("button", { name: "大字" }).click();
      await expect(page).toHaveURL(/\/stalls$/);
      await expect(page.locator("html")).toHaveClass(/text-large/);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(
        24,
      );
      await expect(page.getByRole("button", { name: "大字" })).toHaveAttribute("aria-pressed", "true");
      await page.getByRole("button", { name: "高对比" }).click();
      await expect(page.locator("html")).toHaveClass(/contrast-high/);
      // The choice stays on the next page, rendered by the server.
      await page.goto("/en/market-days");
      await expect(page.locator("html")).toHaveClass("text-large contrast-high");
      await page.getByRole("button", { name: "Large text" }).click();
      await expect(page).toHaveURL(/\/en\/market-days$/);
      await expect(page.locator("html")).toHaveClass("contrast-high");
      await context.close();
    });
  }
});
