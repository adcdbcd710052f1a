// What several instances must share (issue 15), on the cluster of
// tests/e2e/cluster-fixture.ts: cache invalidations, rate limits and the
// sign-in lockout, sessions, and Server Action forms; and what happens while
// Redis is away. Registered inside cluster.spec.ts's serial describe, so the
// whole file shares one cluster.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { rawRequest } from "../../scripts/cluster/raw-request";
import type { ClusterFixture } from "./cluster-fixture";
import { STAFF_PASSWORD, submitSignIn } from "./staff-session";

/** The pages a market day's name or state appears on, each with its own cache entry. */
function marketDayPages(slug: string): { path: string; cookie?: string; english?: boolean }[] {
  return [
    { path: "/" },
    { path: "/market-days" },
    { path: `/market-days/${slug}` },
    { path: `/market-days/${slug}`, cookie: "huiyin-display=large" },
    { path: `/market-days/${slug}`, cookie: "huiyin-display=contrast" },
    { path: `/market-days/${slug}`, cookie: "huiyin-display=large-contrast" },
    { path: "/en", english: true },
    { path: "/en/market-days", english: true },
    { path: `/en/market-days/${slug}`, english: true },
    { path: "/feed.xml" },
    { path: "/calendar.ics" },
    { path: `/market-days/${slug}/calendar.ics` },
  ];
}

async function body(url: string, cookie?: string): Promise<string> {
  const response = await rawRequest(url, cookie ? { headers: { cookie } } : {});
  expect(response.status, url).toBe(200);
  return response.body.toString("utf8");
}

/** Signs a seeded account in on one instance and returns the page, left on that instance. */
async function staffOn(browser: Browser, base: string, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, username, STAFF_PASSWORD, `${base}/admin/sign-in`);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Waits for the Server Action a click sends to be answered. */
async function clickAndWaitForAction(page: Page, name: string): Promise<number> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.status() < 400);
  await page.getByRole("button", { name, exact: true }).click();
  await answered;
  return Date.now();
}

/**
 * Every page on every other instance, each fetched once after `deadline`, must
 * satisfy `check`. Polls before the deadline only to report how soon they did.
 */
async function everyInstanceShows(
  urls: string[],
  pages: { path: string; cookie?: string; english?: boolean }[],
  check: (text: string, english: boolean) => boolean,
  since: number,
  deadlineMs: number,
): Promise<number> {
  let firstAll = Number.NaN;
  while (Date.now() - since < deadlineMs && Number.isNaN(firstAll)) {
    const texts = await Promise.all(urls.flatMap((u) => pages.map((p) => body(`${u}${p.path}`, p.cookie))));
    if (texts.every((t, i) => check(t, Boolean(pages[i % pages.length]!.english)))) firstAll = Date.now() - since;
  }
  const wait = since + deadlineMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  for (const url of urls) {
    for (const page of pages) {
      const text = await body(`${url}${page.path}`, page.cookie);
      expect(check(text, Boolean(page.english)), `${url}${page.path} ${page.cookie ?? ""}`).toBe(true);
    }
  }
  return firstAll;
}

/** An HTTP proxy that sends GETs to one instance and everything else to another, keeping the Host. */
async function splitProxy(
  getTo: string,
  postTo: string,
  seen: (method: string, url: string) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const target = req.method === "GET" || req.method === "HEAD" ? getTo : postTo;
    seen(req.method ?? "", `${target}${req.url ?? ""}`);
    const upstream = httpRequest(
      `${target}${req.url ?? ""}`,
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Renames the seeded council meeting through one instance; resolves when the action answered. */
async function renameMeeting(browser: Browser, base: string, title: string): Promise<number> {
  const secretary = await staffOn(browser, base, "secretary");
  await secretary.goto(`${base}/admin/council`);
  const meeting = await secretary.locator('a[href*="/admin/council/"]').first().getAttribute("href");
  await secretary.goto(`${base}${meeting}`);
  const form = secretary.locator("form", { has: secretary.getByRole("button", { name: "保存修改" }) });
  await form.getByRole("textbox", { name: /^会议名称\s*（必填）$/ }).fill(title);
  return clickAndWaitForAction(secretary, "保存修改");
}

export function sharingTests(ctx: () => ClusterFixture): void {
  test("a market-day edit and its cancellation through one instance show on the others within 1 s", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const { cluster } = ctx();
    const [a, ...others] = cluster.instanceUrls as [string, ...string[]];
    const list = await body(`${others[0]}/market-days`);
    const slug = /href="\/market-days\/(\d{4}-\d{2}-\d{2}-[^"/]+)"/.exec(list)?.[1];
    expect(slug, "a market day on the list").toBeTruthy();
    const pages = marketDayPages(slug!);
    // Every page cached on every other instance before the edit.
    for (const url of others) for (const page of pages) await body(`${url}${page.path}`, page.cookie);

    const staff = await staffOn(browser, a, "admin");
    await staff.goto(`${a}/admin/content/market-days`);
    const edit = staff.locator('a[href*="/admin/content/market-days/"]:not([href$="/new"])', {
      hasText: /./,
    });
    const href = await edit.first().getAttribute("href");
    await staff.goto(`${a}${href}`);
    const run = randomBytes(3).toString("hex");
    const zh = `冬季服务市集 ${run}`;
    const en = `Winter service market ${run}`;
    await staff.getByLabel(/^名称 （必填）/).fill(zh);
    await staff.getByLabel(/^名称（英文）/).fill(en);
    const saved = await clickAndWaitForAction(staff, "保存");
    const edited = await everyInstanceShows(
      others,
      pages,
      (text, english) => text.includes(english ? en : zh),
      saved,
      1_000,
    );
    console.log(`[cluster] edit on every other instance after ${edited} ms (${pages.length} pages each)`);

    await staff.goto(`${a}${href}`);
    const cancelled = await clickAndWaitForAction(staff, "取消这个市集日");
    const gone = await everyInstanceShows(
      others,
      [
        { path: `/market-days/${slug}` },
        { path: `/en/market-days/${slug}`, english: true },
        { path: `/market-days/${slug}`, cookie: "huiyin-display=large" },
        { path: `/market-days/${slug}/calendar.ics` },
      ],
      (text, english) =>
        text.includes("STATUS:CANCELLED") ||
        text.includes(english ? "This market day has been cancelled." : "本场市集已取消。"),
      cancelled,
      1_000,
    );
    console.log(`[cluster] cancellation on every other instance after ${gone} ms`);
  });

  test("a council change through one instance shows on the others' /council within 1 s", async ({ browser }) => {
    const { cluster } = ctx();
    const [a, ...others] = cluster.instanceUrls as [string, ...string[]];
    for (const url of others) await body(`${url}/council`);
    const title = `党群联席议事会 ${randomBytes(3).toString("hex")}`;
    const saved = await renameMeeting(browser, a, title);
    const shown = await everyInstanceShows(others, [{ path: "/council" }], (t) => t.includes(title), saved, 1_000);
    console.log(`[cluster] council change on every other instance after ${shown} ms`);
  });

  test("through nginx an edit shows within 1 s plus the 5 s micro-cache", async ({ browser }) => {
    const { cluster, nginxUrl } = ctx();
    const a = cluster.instanceUrls[0]!;
    await body(`${nginxUrl}/council`);
    const title = `议事会 nginx ${randomBytes(3).toString("hex")}`;
    const saved = await renameMeeting(browser, a, title);
    const shown = await everyInstanceShows([nginxUrl], [{ path: "/council" }], (t) => t.includes(title), saved, 6_000);
    console.log(`[cluster] council change through nginx after ${shown} ms`);
  });

  test("a session from one instance works on another, and signing out everywhere on one ends it on the others", async ({
    browser,
  }) => {
    const { cluster } = ctx();
    const [a, b, c] = cluster.instanceUrls as [string, string, string];
    const first = await staffOn(browser, a, "staff");
    for (const url of [b, c]) {
      await first.goto(`${url}/admin`);
      await expect(first, url).toHaveURL(`${url}/admin`);
    }
    // A second device signs in on B and signs the others out.
    const second = await staffOn(browser, b, "staff");
    await second.goto(`${b}/admin/account`);
    await clickAndWaitForAction(second, "让其他设备退出登录");
    for (const url of [a, c]) {
      await first.goto(`${url}/admin`);
      await expect(first, url).toHaveURL(/\/admin\/sign-in/);
    }
    await second.goto(`${c}/admin`);
    await expect(second).toHaveURL(`${c}/admin`);
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`a wish form rendered by one instance is accepted by another (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      const { cluster, query } = ctx();
      const [a, b] = cluster.instanceUrls as [string, string];
      // A proxy that sends every GET to A and every POST to B, as a balancer
      // may: the form, its action ids and its encrypted closures come from A.
      const posts: string[] = [];
      const split = await splitProxy(a, b, (method, url) => {
        if (method === "POST") posts.push(url);
      });
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await page.goto(`${split.url}/wishes/new`);
      const text = `楼道灯不亮 ${randomBytes(3).toString("hex")}`;
      await page.getByRole("radio", { name: "微心愿", exact: true }).check();
      await page.getByLabel("属于哪一类？").selectOption("elderly-care");
      await page.getByRole("textbox", { name: "具体内容" }).fill(text);
      await page.getByRole("button", { name: "提交", exact: true }).click();
      await expect(page.getByRole("heading", { name: "已收到您的心愿" })).toBeVisible();
      await split.close();
      expect(posts.length, "the form was posted to the other instance").toBeGreaterThan(0);
      const rows = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Wish" WHERE "content" = $1`, [text]);
      expect(rows[0]?.n).toBe(1);
    });
  }

  test("a device's wish limit holds whichever instance its submissions reach", async () => {
    const { cluster, query } = ctx();
    const urls = cluster.instanceUrls;
    // Five wishes per device in ten minutes (RATE_WISH_DEVICE_POINTS), counted in Redis.
    const device = randomUUID();
    const marker = `限额 ${randomBytes(3).toString("hex")}`;
    const statuses: number[] = [];
    for (let n = 0; n < 6; n++) {
      const form = new URLSearchParams({
        kind: "wish",
        category: "other",
        content: `${marker} 第 ${n} 条：楼下路灯坏了`,
        idempotencyKey: randomUUID(),
      });
      const res = await rawRequest(`${urls[n % urls.length]}/api/wishes`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `huiyin-device=${device}` },
        body: form.toString(),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const rows = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Wish" WHERE content LIKE $1`, [
      `${marker}%`,
    ]);
    expect(rows[0]?.n).toBe(5);
  });

  test("the sign-in lockout holds whichever instance a request reaches", async ({ page }) => {
    const { cluster } = ctx();
    const urls = cluster.instanceUrls;
    // Ten wrong passwords for one account from one address lock the pair
    // (lib/auth/sign-in-staff.ts), spread over the instances.
    for (let attempt = 0; attempt < 10; attempt++) {
      await submitSignIn(page, "baihua-staff", "wrong-password", `${urls[attempt % urls.length]}/admin/sign-in`);
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    }
    for (const url of urls) {
      await submitSignIn(page, "baihua-staff", STAFF_PASSWORD, `${url}/admin/sign-in`);
      await expect(page.getByRole("main").getByRole("alert"), url).toContainText("尝试次数过多");
    }
  });

  test("with Redis away public pages keep serving and limits still count; sharing resumes when it is back", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { cluster, redisLink } = ctx();
    const [a, ...others] = cluster.instanceUrls as [string, ...string[]];
    await redisLink.cut();
    try {
      for (const url of cluster.instanceUrls) {
        expect((await rawRequest(`${url}/market-days`)).status, url).toBe(200);
        const ready = JSON.parse((await rawRequest(`${url}/api/health/ready`)).body.toString("utf8")) as {
          redis: string;
        };
        expect(ready.redis, url).toBe("unavailable");
      }
      // The lockout falls back to each instance's memory, which still counts.
      const page = await (await browser.newContext()).newPage();
      for (let attempt = 0; attempt < 10; attempt++) {
        await submitSignIn(page, "baihua-admin", "wrong-password", `${a}/admin/sign-in`);
      }
      await submitSignIn(page, "baihua-admin", STAFF_PASSWORD, `${a}/admin/sign-in`);
      await expect(page.getByRole("main").getByRole("alert")).toContainText("尝试次数过多");
    } finally {
      await redisLink.restore();
    }
    await expect
      .poll(
        async () => {
          const states = await Promise.all(
            cluster.instanceUrls.map(async (url) => {
              const ready = await rawRequest(`${url}/api/health/ready`);
              return (JSON.parse(ready.body.toString("utf8")) as { redis: string }).redis;
            }),
          );
          return states.every((s) => s === "ok");
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // Sharing resumes: a change through A reaches the others again within 1 s.
    for (const url of others) await body(`${url}/council`);
    const title = `议事会 Redis 恢复 ${randomBytes(3).toString("hex")}`;
    const saved = await renameMeeting(browser, a, title);
    await everyInstanceShows(others, [{ path: "/council" }], (t) => t.includes(title), saved, 1_000);
  });
}
