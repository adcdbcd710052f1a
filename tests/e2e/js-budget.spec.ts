// The JavaScript budget of issue 11: every public page ships at most 25 KB gzip of
// JavaScript more than a bare Next page of the same build (/bench/static, no
// fonts, header or messages). It reads the production build the e2e run serves:
// each page is loaded in Chromium with an empty cache, every script it loads is
// gzip-compressed (node:zlib, default level) and summed. It prints every page's
// figure, then fails naming the pages over budget. Desktop only: the figures do
// not depend on the viewport, and one run is enough.
import { gzipSync } from "node:zlib";
import { expect, test, type Browser } from "@playwright/test";
import { publicPaths } from "./public-pages";

const BUDGET_KB = 25;
const BARE_PAGE = "/bench/static";

/** Gzip bytes of every script the page loads, as a fresh visitor's browser fetches them. */
async function scriptBytes(browser: Browser, path: string): Promise<{ bytes: number; count: number }> {
  // A new context per page: an empty cache, so each page pays for all its scripts.
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
  const scripts = await Promise.all(bodies);
  await context.close();
  return { bytes: scripts.reduce((sum, body) => sum + gzipSync(body).byteLength, 0), count: scripts.length };
}

const kb = (bytes: number) => bytes / 1024;

test("every public page ships at most 25 KB gzip of JavaScript over a bare Next page @desktop-only", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const finder = await browser.newPage();
  // The resident's pages with ids found by following links; the not-found page is
  // not a page anyone is sent to, and English stands for itself once, at /en.
  const paths = [...(await publicPaths(finder)).filter((p) => p !== "/no-such-page"), "/en"];
  await finder.close();

  const bare = await scriptBytes(browser, BARE_PAGE);
  const rows: { path: string; kb: number; excess: number; count: number }[] = [];
  for (const path of paths) {
    const { bytes, count } = await scriptBytes(browser, path);
    rows.push({ path, kb: kb(bytes), excess: kb(bytes - bare.bytes), count });
  }

  const width = Math.max(...rows.map((r) => r.path.length), BARE_PAGE.length);
  const line = (path: string, size: number, excess: string, count: number) =>
    `${path.padEnd(width)}  ${size.toFixed(1).padStart(7)} KB  ${excess.padStart(9)}  ${String(count).padStart(3)} scripts`;
  console.log(
    [
      `JS budget: gzip KB of scripts per page; excess over ${BARE_PAGE} (budget +${BUDGET_KB} KB)`,
      line(BARE_PAGE, kb(bare.bytes), "—", bare.count),
      ...rows.map((r) => line(r.path, r.kb, `${r.excess >= 0 ? "+" : ""}${r.excess.toFixed(1)} KB`, r.count)),
    ].join("\n"),
  );

  const over = rows.filter((r) => r.excess > BUDGET_KB).map((r) => `${r.path}: +${r.excess.toFixed(1)} KB`);
  expect(over, `pages over the budget of +${BUDGET_KB} KB gzip`).toEqual([]);
});
