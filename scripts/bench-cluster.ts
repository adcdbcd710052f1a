// npm run bench:cluster — the public pages through nginx in front of several
// instances (scripts/cluster), against nginx serving the same bytes as a plain
// file. Starts the cluster on an existing build (NEXT_DIST_DIR, default .next)
// and a fresh seeded database on DATABASE_URL's PostgreSQL server (made and
// dropped here), then loads with autocannon, one address at a time:
//   - each page through nginx (its micro-cache answers most requests);
//   - the page's own bytes as a static file of the same nginx (the baseline:
//     ratio page/static, target ≥ 0.5);
//   - the page straight from one instance, without nginx, for comparison.
// Prints req/s, p95 and the ratios; asserts nothing. BENCH_DURATION and
// BENCH_CONNECTIONS tune the run, HUIYIN_CLUSTER_INSTANCES the cluster (3).
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load, type LoadResult } from "./bench/load";
import { rawRequest } from "./cluster/raw-request";
import { createScratchDatabase } from "./cluster/scratch-database";
import { clusterSettings } from "./cluster/settings";
import { startCluster } from "./cluster/start-cluster";
import { throwAwayClusterEnv } from "./cluster/throwaway-env";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const BASE_PORT = 3401;
const NGINX_PORT = 3480;
const STATIC_PORT = 3490;

// The same pages as bench:public; the market day is the seeded Yuandong one.
const pages: { label: string; path: string; file: string }[] = [
  { label: "home /", path: "/", file: "home.html" },
  {
    label: "market day",
    path: "/market-days/2023-05-27-party-member-service-market",
    file: "market-day.html",
  },
  { label: "directory /stalls?audience=elderly", path: "/stalls?audience=elderly", file: "stalls-elderly.html" },
];

const serverUrl = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(serverUrl)) {
  console.error("bench: DATABASE_URL must name a PostgreSQL server; a database of its own is made there and dropped");
  process.exit(1);
}
const { instances } = clusterSettings({ ...process.env, DATABASE_URL: serverUrl });

const database = await createScratchDatabase(serverUrl, `huiyin_bench_cluster_${randomBytes(4).toString("hex")}`);
const staticDir = await mkdtemp(path.join(os.tmpdir(), "huiyin-bench-static-"));
// Bench-only: a server of its own beside the shipped one, never in the operator's config.
const staticServer = `  server {
    listen 127.0.0.1:${STATIC_PORT};
    location /__bench/ { alias ${staticDir}/; default_type text/html; }
  }`;

try {
  console.log(`bench: starting ${instances} instances and nginx on a fresh database …`);
  const cluster = await startCluster({
    instances,
    basePort: BASE_PORT,
    nginxPort: NGINX_PORT,
    databaseUrl: database.url,
    redisUrl: process.env.REDIS_URL || undefined,
    env: { ...throwAwayClusterEnv(), HUIYIN_REDIS_PREFIX: `huiyin-bench-${randomBytes(4).toString("hex")}` },
    seed: true,
    extraNginxHttpConfig: staticServer,
    // The instances' output stays quiet; only failures are shown (startCluster throws with them).
    output: () => undefined,
  });
  try {
    const weights: string[] = [];
    for (const page of pages) {
      // Each instance renders and caches the page on its first request; a few
      // more settle the JIT. Then nginx's copy, whose bytes become the file.
      for (const url of cluster.instanceUrls) {
        for (let i = 0; i < 10; i++) await rawRequest(url + page.path);
      }
      const res = await rawRequest(cluster.nginxUrl + page.path);
      if (res.status !== 200) throw new Error(`${page.path} answered ${res.status}`);
      await writeFile(path.join(staticDir, page.file), res.body);
      weights.push(`${page.path} ${(res.body.byteLength / 1024).toFixed(1)} KB`);
    }
    console.log(
      `bench: ${CONNECTIONS} connections, ${DURATION} s per address, ${instances} instances, ${os.cpus().length} cores`,
    );
    const options = { connections: CONNECTIONS, durationSec: DURATION };
    const rows: { label: string; nginx: LoadResult; file: LoadResult; bare: LoadResult }[] = [];
    for (const page of pages) {
      rows.push({
        label: page.label,
        nginx: await load(`${page.label} via nginx`, cluster.nginxUrl + page.path, options),
        file: await load(`${page.label} as a file`, `http://127.0.0.1:${STATIC_PORT}/__bench/${page.file}`, options),
        bare: await load(`${page.label} one instance`, cluster.instanceUrls[0] + page.path, options),
      });
    }
    printRows(rows);
    console.log(`bench: response sizes: ${weights.join(", ")}`);
    const ratios = rows.map((row) => row.nginx.reqPerSec / row.file.reqPerSec);
    console.log(`bench: lowest ratio page/static ${Math.min(...ratios).toFixed(2)} (target ≥ 0.50)`);
  } finally {
    await cluster.stop();
  }
} finally {
  await rm(staticDir, { recursive: true, force: true });
  await database.drop();
}

function printRows(rows: { label: string; nginx: LoadResult; file: LoadResult; bare: LoadResult }[]): void {
  const line = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(36) : c.padStart(11))).join(""));
  line(["page", "nginx r/s", "p95 ms", "file r/s", "p95 ms", "page/file", "1 inst r/s", "p95 ms", "errors"]);
  for (const { label, nginx, file, bare } of rows) {
    line([
      label,
      nginx.reqPerSec.toFixed(0),
      nginx.p95Ms.toFixed(1),
      file.reqPerSec.toFixed(0),
      file.p95Ms.toFixed(1),
      (nginx.reqPerSec / file.reqPerSec).toFixed(2),
      bare.reqPerSec.toFixed(0),
      bare.p95Ms.toFixed(1),
      String(nginx.non2xx + nginx.errors + file.non2xx + file.errors + bare.non2xx + bare.errors),
    ]);
  }
}
