import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * The browser: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium,
 * else Playwright's own download. Says how to get one when there is none.
 */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, "/usr/bin/chromium"];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    [
      "No Chromium found for the end-to-end tests. Install one of:",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk",
      "  Playwright's:   npx playwright install chromium",
      "or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium/Chrome binary.",
    ].join("\n"),
  );
}

const launchOptions = {
  executablePath: chromiumExecutable(),
  // As root in a container, and without background traffic on a closed network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: { baseURL, trace: "retain-on-failure", locale: "zh-CN", timezoneId: "Asia/Shanghai" },
  projects: [
    {
      name: "phone",
      grepInvert: /@desktop-only/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
    {
      name: "desktop",
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
  ],
  webServer: {
    // A production build (next build + next start) on its own embedded database
    // folder, or on DATABASE_URL when set. See scripts/e2e-server.ts.
    command: `npx tsx scripts/e2e-server.ts ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
