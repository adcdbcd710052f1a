import type { Page } from "@playwright/test";

const MARKET_DAY_2023 = "/market-days/2023-05-27-party-member-service-market";
// The coming one: only a coming market day offers the calendar file and 复制时间地点.
const MARKET_DAY_2026 = "/market-days/2026-12-19-winter-service-market";

/** Every public page, with ids found by following links as a resident would. */
export async function publicPaths(page: Page): Promise<string[]> {
  await page.goto(MARKET_DAY_2023);
  const stallHref = await page.locator('main a[href*="/stalls/"]').first().getAttribute("href");
  const posterHref = await page.locator('main a[href*="/poster"]').first().getAttribute("href");
  await page.goto("/organizations");
  const orgHref = await page.locator('main a[href*="/organizations/"]').first().getAttribute("href");
  if (!stallHref || !posterHref || !orgHref) throw new Error("could not find stall, poster or organisation links");
  return [
    "/",
    "/market-days",
    MARKET_DAY_2023,
    MARKET_DAY_2026,
    "/stalls",
    "/stalls?audience=elderly&q=理发",
    stallHref,
    posterHref,
    "/organizations",
    orgHref,
    "/wishes/new",
    // The form as a poster's QR code opens it: "at stall X".
    `/wishes/new?marketDay=${MARKET_DAY_2023.split("/").pop()}&stall=${stallHref.split("/").pop()}`,
    "/wishes/track",
    // This device's wishes (empty for a fresh browser: the look-up form and the way back).
    "/wishes/mine",
    "/wishes",
    "/privacy",
    "/council",
    "/no-such-page",
  ];
}

/** The same path in English. */
export function english(path: string): string {
  return path === "/" ? "/en" : `/en${path}`;
}
