import { expect, test, type Page } from "@playwright/test";
import ical, { type VEvent } from "node-ical";
import { XMLParser } from "fast-xml-parser";
import { expectNoAxeViolations } from "./axe";

const PAST_SLUG = "2023-05-27-party-member-service-market";
const WINTER_SLUG = "2026-12-19-winter-service-market";

function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

/** The outcome figures as { label: value } read from the definition list. */
async function outcome(page: Page, name: string): Promise<Record<string, string>> {
  const list = page.getByRole("region", { name }).locator("dl");
  const terms = await list.locator("dt").allInnerTexts();
  const values = await list.locator("dd").allInnerTexts();
  return Object.fromEntries(terms.map((t, i) => [t.trim(), values[i]?.trim() ?? ""]));
}

test.describe("market days", () => {
  test("from the home page to a market day and its stalls", async ({ page }) => {
    await page.goto("/");
    const featured = page.getByRole("region", { name: /下一场市集|最近一场市集/ });
    await featured.getByRole("link").first().click();
    // Client-side navigation: the URL changes once the page has rendered, and a
    // first render on a cold cache may take a while on a slow machine.
    await expect(page).toHaveURL(/\/market-days\/[^/]+$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('a[href^="/stalls/"]').first()).toBeVisible();
    await expect(page.locator('a[href*="/poster"]').first()).toBeVisible();
  });

  test("the list shows coming market days before past ones", async ({ page }) => {
    const response = await page.goto("/market-days");
    expect(response?.status()).toBe(200);
    const links = await page
      .locator(`main h3 a[href^="/market-days/"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.indexOf(`/market-days/${WINTER_SLUG}`)).toBeLessThan(links.indexOf(`/market-days/${PAST_SLUG}`));
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      /\/feed\.xml$/,
    );
  });

  test("the 2023 market day shows its outcome in Chinese", async ({ page }) => {
    await page.goto(`/market-days/${PAST_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("党员服务市集");
    expect(await outcome(page, "活动成效")).toMatchObject({ 收集心愿: "39", 现场办理: "27", 转办: "12" });
    await expect(page.getByText(/当天接待居民 1,?500 人次/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "法律服务" })).toBeVisible();
  });

  test("the services index jumps straight to the haircut stall", async ({ page }) => {
    await page.goto(`/market-days/${PAST_SLUG}`);
    const index = page.getByRole("navigation", { name: "本次服务一览" });
    const haircut = index.getByRole("link", { name: /理发/ }).first();
    const href = await haircut.getAttribute("href");
    expect(href).toMatch(/^#stall-\d+$/);
    await haircut.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const stall = page.locator(href!);
    await expect(stall).toBeInViewport();
    await expect(stall.getByRole("heading", { level: 3 })).toContainText(/理发|义剪/);
  });

  test("the 2023 market day shows its outcome in English", async ({ page }) => {
    await page.goto(`/en/market-days/${PAST_SLUG}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Party-member service market");
    expect(await outcome(page, "Outcome")).toMatchObject({
      Collected: "39",
      "Handled on site": "27",
      "Referred on": "12",
    });
    await expect(page.getByText(/Visits by residents that day: 1,?500/)).toBeVisible();
  });

  test("the page carries Event JSON-LD and share-card meta tags", async ({ page }) => {
    await page.goto(`/market-days/${WINTER_SLUG}`);
    const json = await page.locator('script[type="application/ld+json"]').first().textContent();
    const data = JSON.parse(json ?? "{}") as {
      "@type": string;
      name: string;
      startDate: string;
      location: { address: { streetAddress: string; addressCountry: string } };
    };
    expect(data["@type"]).toBe("Event");
    expect(data.name).toBe("党员服务市集（冬季）");
    expect(data.startDate).toBe("2026-12-19T09:30:00+08:00");
    expect(data.location.address.streetAddress).toContain("园岭七街");
    expect(data.location.address.addressCountry).toBe("CN");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "党员服务市集（冬季）");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/market-days/${WINTER_SLUG}$`),
    );
    // Map links open in the same tab.
    const amap = page.getByRole("link", { name: "在高德地图中打开" });
    await expect(amap).toHaveAttribute("href", /^https:\/\/uri\.amap\.com\/search\?keyword=/);
    expect(await amap.getAttribute("target")).toBeNull();
    await expect(page.getByRole("link", { name: "加入日历" })).toHaveAttribute(
      "href",
      `/market-days/${WINTER_SLUG}/calendar.ics`,
    );
  });

  test("an unknown market day is a 404", async ({ page }) => {
    const response = await page.goto("/market-days/no-such-day");
    expect(response?.status()).toBe(404);
  });

  test("one market day downloads as an iCalendar file", async ({ request }) => {
    const response = await request.get(`/market-days/${PAST_SLUG}/calendar.ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toContain(`filename="${PAST_SLUG}.ics"`);
    const [event] = vevents(await response.text());
    expect(event?.uid).toMatch(/^[0-9a-f-]{36}@huiyin$/);
    expect(event?.start.toISOString()).toBe("2023-05-27T06:30:00.000Z");
    expect(event?.summary).toBe("党员服务市集");

    const en = await request.get(`/en/market-days/${PAST_SLUG}/calendar.ics`);
    const [enEvent] = vevents(await en.text());
    expect(enEvent?.summary).toBe("Party-member service market");
    expect(enEvent?.uid).toBe(event?.uid);
    expect((await request.get("/market-days/no-such-day/calendar.ics")).status()).toBe(404);
  });

  test("/calendar.ics holds the coming winter market day", async ({ request }) => {
    const response = await request.get("/calendar.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = vevents(await response.text());
    const winter = events.find((e) => e.start.toISOString() === "2026-12-19T01:30:00.000Z");
    expect(winter?.summary).toBe("党员服务市集（冬季）");
    // The 2023 one is over and no longer in the subscription.
    expect(events.find((e) => e.start.toISOString().startsWith("2023-"))).toBeUndefined();
  });

  test("/feed.xml is an Atom feed of the market days", async ({ request }) => {
    for (const path of ["/feed.xml", "/en/feed.xml"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const parsed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "entry" }).parse(
        await response.text(),
      ) as { feed: { id: string; entry: { id: string }[] } };
      expect(parsed.feed.id).toMatch(/\/feed\.xml$/);
      expect(parsed.feed.entry.length).toBeGreaterThanOrEqual(2);
      expect(parsed.feed.entry.map((e) => e.id)).toContainEqual(expect.stringContaining(`/market-days/${PAST_SLUG}`));
    }
  });

  for (const path of [
    "/market-days",
    "/en/market-days",
    `/market-days/${PAST_SLUG}`,
    `/en/market-days/${WINTER_SLUG}`,
  ]) {
    test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("no horizontal scrolling at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/market-days", `/market-days/${PAST_SLUG}`, `/en/market-days/${PAST_SLUG}`]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
