// Several instances behind nginx with the shipped deploy/nginx/huiyin.conf
// (README, "Running several instances"): a cluster of three production
// instances of the e2e build on a database of its own, started through
// scripts/cluster/start-cluster.ts, then exercised through nginx.
//
// Desktop only and serial: one cluster for the whole file, started once. It
// needs PostgreSQL (the instances share one database) and Redis; the CI phase
// on the embedded PGlite runs only foundation.spec.ts.
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { rawRequest } from "../../scripts/cluster/raw-request";
import { DIST_DIR, fresh, pgUrl, useCluster } from "./cluster-fixture";
import { sharingTests } from "./cluster-sharing";
import { submitSignIn } from "./staff-session";

const ROOT = path.resolve(import.meta.dirname, "../..");

test.describe("several instances behind nginx @desktop-only", () => {
  test.describe.configure({ mode: "serial" });
  test.skip(!pgUrl, "needs PostgreSQL: the instances share one database");
  const ctx = useCluster();

  test("instances started at once are all ready, and each migration was applied exactly once", async () => {
    const { cluster, query } = ctx();
    for (const url of cluster.instanceUrls) {
      expect((await rawRequest(`${url}/api/health/ready`)).status, url).toBe(200);
    }
    const migrationsDir = path.join(ROOT, "prisma/migrations");
    const folders = readdirSync(migrationsDir, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")),
    );
    const rows = await query<{ migration_name: string; n: number; finished: number }>(
      `SELECT migration_name, count(*)::int AS n, count(finished_at)::int AS finished
         FROM _prisma_migrations WHERE rolled_back_at IS NULL GROUP BY migration_name`,
    );
    expect(rows.length).toBe(folders.length);
    for (const row of rows) expect(row, row.migration_name).toMatchObject({ n: 1, finished: 1 });
  });

  test("a forged X-Forwarded-For does not reach the app as the client address", async ({ page }) => {
    // Observable through the audit log: every failed sign-in records the keyed
    // hash of the client address the app settled on (lib/auth/sign-in-staff.ts).
    // Through nginx that must be the address nginx saw, 127.0.0.1, whatever the
    // client wrote; nginx overwrites the header instead of appending to it.
    const { nginxUrl, env, query } = ctx();
    const [{ since }] = (await query<{ since: Date }>("SELECT now() AS since")) as [{ since: Date }];
    for (const forged of ["6.6.6.6", "7.7.7.7", null]) {
      await page.setExtraHTTPHeaders(forged ? { "x-forwarded-for": forged, "x-real-ip": forged } : {});
      await submitSignIn(page, `xff-${randomBytes(4).toString("hex")}`, "wrong-password", `${nginxUrl}/admin/sign-in`);
      await expect(page.getByRole("main").getByRole("alert")).toContainText("用户名或密码不正确");
    }
    const rows = await query<{ ipKey: string }>(
      `SELECT "ipKey" FROM "AuditLog" WHERE action = 'auth.signInFailed' AND "createdAt" >= $1 ORDER BY "createdAt"`,
      [since],
    );
    // lib/privacy/personal-data.ts opaqueKey("ip", address), with the cluster's lookup key.
    const ipKey = (address: string) =>
      createHmac("sha256", Buffer.from(env.HUIYIN_LOOKUP_KEY ?? "", "base64"))
        .update(`ip:${address}`)
        .digest("base64url")
        .slice(0, 32);
    expect(rows.map((row) => row.ipKey)).toEqual([ipKey("127.0.0.1"), ipKey("127.0.0.1"), ipKey("127.0.0.1")]);
    expect(rows.map((row) => row.ipKey)).not.toContain(ipKey("6.6.6.6"));
  });

  test("nginx serves the build's static files from disk, immutable, and compresses text", async () => {
    const { nginxUrl } = ctx();
    const page = await rawRequest(`${nginxUrl}/`, { headers: { "accept-encoding": "gzip" } });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(page.body).toString("utf8");
    const script = /\/_next\/static\/[^"'\s]+\.js/.exec(html)?.[0];
    expect(script, "a script of the page").toBeTruthy();
    const asset = await rawRequest(`${nginxUrl}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-encoding"]).toBe("gzip");
    const onDisk = readFileSync(path.join(ROOT, DIST_DIR, script!.replace(/^\/_next\//, "")));
    expect(gunzipSync(asset.body).equals(onDisk)).toBe(true);
    // The app's edge sets COOP on every response it makes: its absence shows
    // the file came from nginx's disk, not through an instance.
    expect(asset.headers["cross-origin-opener-policy"]).toBeUndefined();
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
  });

  test("a public page is micro-cached: the second request within 5 s is a HIT", async () => {
    const { nginxUrl } = ctx();
    const url = `${nginxUrl}/?${fresh("cache")}`;
    const first = await rawRequest(url);
    const second = await rawRequest(url);
    expect(first.status).toBe(200);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
  });

  test("the dashboard, the API, POSTs and staff sessions are never served from the cache", async () => {
    const { nginxUrl } = ctx();
    const twice = async (url: string, init: Parameters<typeof rawRequest>[1] = {}) => {
      const statuses: (string | undefined)[] = [];
      for (let i = 0; i < 2; i++) statuses.push((await rawRequest(url, init)).headers["x-cache-status"]);
      return statuses;
    };
    for (const path of ["/admin/sign-in", "/en/admin/sign-in", "/admin", "/api/health/live", "/api/health"]) {
      expect(await twice(`${nginxUrl}${path}?${fresh("private")}`), path).toEqual(["BYPASS", "BYPASS"]);
    }
    // A POST neither comes from the cache nor fills it.
    const posted = `${nginxUrl}/?${fresh("post")}`;
    const form = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" };
    expect(await twice(posted, form)).toEqual(["BYPASS", "BYPASS"]);
    expect((await rawRequest(posted)).headers["x-cache-status"]).toBe("MISS");
    // A page cached for anonymous visitors is not what a signed-in member of staff gets.
    const cached = `${nginxUrl}/?${fresh("session")}`;
    expect(await twice(cached)).toEqual(["MISS", "HIT"]);
    for (const cookie of [
      "next-auth.session-token=x",
      "__Secure-next-auth.session-token=x",
      "huiyin-display=large; next-auth.session-token.0=x",
    ]) {
      expect(await twice(cached, { headers: { cookie } }), cookie).toEqual(["BYPASS", "BYPASS"]);
    }
  });

  test("each display mode is cached apart", async () => {
    const { nginxUrl } = ctx();
    const url = `${nginxUrl}/?${fresh("display")}`;
    const large = { headers: { cookie: "huiyin-display=large" } };
    const standard1 = await rawRequest(url);
    const large1 = await rawRequest(url, large);
    const standard2 = await rawRequest(url);
    const large2 = await rawRequest(url, large);
    expect([standard1, large1, standard2, large2].map((r) => r.headers["x-cache-status"])).toEqual([
      "MISS",
      "MISS",
      "HIT",
      "HIT",
    ]);
    expect(large1.body.equals(standard1.body)).toBe(false);
    expect(large2.body.toString("utf8")).toContain("text-large");
    expect(standard2.body.toString("utf8")).not.toContain("text-large");
  });

  test("an instance stopped under load drains: every request through nginx succeeds", async () => {
    test.setTimeout(120_000);
    const { cluster, nginxUrl } = ctx();
    const statuses = new Map<string, number>();
    const stopAfterMs = 1_000;
    const loadMs = 3_000;
    const started = Date.now();
    // Settles with the error, if any, so that a failure is reported here, not as an unhandled rejection.
    const stop: { done: Promise<unknown> | null } = { done: null };
    // 8 loops of GET /, each with a query of its own so that every request
    // passes the micro-cache and reaches an instance.
    const loop = async (id: number) => {
      for (let n = 0; Date.now() - started < loadMs; n++) {
        if (!stop.done && Date.now() - started >= stopAfterMs) {
          stop.done = cluster.stopInstance(1).then(
            () => null,
            (error: unknown) => error,
          );
        }
        const res = await rawRequest(`${nginxUrl}/?drain=${id}-${n}`).catch(() => ({ status: -1 }));
        statuses.set(String(res.status), (statuses.get(String(res.status)) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, id) => loop(id)));
    expect(stop.done, "the instance was stopped during the load").not.toBeNull();
    expect(await stop.done, "the instance drained and exited").toBeNull();
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(Object.fromEntries(statuses), `${total} requests`).toEqual({ "200": total });
    expect(total).toBeGreaterThan(8);
    const gone = await rawRequest(`${cluster.instanceUrls[1]}/api/health/live`).catch(() => null);
    expect(gone, "the stopped instance no longer answers").toBeNull();
    await cluster.startInstance(1);
    expect((await rawRequest(`${cluster.instanceUrls[1]}/api/health/ready`)).status).toBe(200);
  });

  sharingTests(ctx);
});
