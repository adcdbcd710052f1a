// npm run bench:lighthouse — Lighthouse 12 with its default mobile settings
// (simulated slow 4G and a 4× slower CPU) against a production build: `/`, a
// market day, `/stalls`, `/wishes/new`, `/wishes/track` and `/en`. Prints the four
// category scores with LCP and TBT. It measures; it asserts nothing (issue 11's
// target: performance ≥ 95 on every page, accessibility 100, best practices and
// SEO ≥ 95).
//
// Builds and starts `next start` on a fresh embedded database (or DATABASE_URL)
// as the other benchmarks do (scripts/bench/server.ts); `--skip-build` (or
// BENCH_SKIP_BUILD=1) reuses the last build in .next-bench, and BENCH_BASE_URL
// points it at a server that is already running instead. Each page runs
// BENCH_RUNS times (default 3) and the run with the median performance score is
// printed, as the scores move by a few points between runs on two cores.
// BENCH_LIGHTHOUSE_REPORTS=<dir> keeps those runs' JSON reports for their diagnostics.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse, { type Result } from "lighthouse";
import { startBenchServer } from "./bench/server";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
// As root in a container, and without background traffic on a closed network.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Debian's Chromium (or PLAYWRIGHT_CHROMIUM_EXECUTABLE), with its DevTools port for Lighthouse. */
async function launchChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const executable = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium";
  const profile = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const args = [...CHROME_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"];
  const child = spawn(executable, args, { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on("exit", (code) => reject(new Error(`${executable} exited with ${code}: ${output.slice(-500)}`)));
  });
  return {
    port,
    async stop() {
      // The profile can go only once Chromium has stopped writing to it.
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface Row {
  label: string;
  scores: number[];
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's measure of the CPU during the run: it falls when other work shares the cores. */
  benchmarkIndex: number;
}

function rowOf(label: string, lhr: Result): Row {
  return {
    label,
    scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

function printTable(rows: Row[]) {
  const width = Math.max(...rows.map((r) => r.label.length), 4);
  const header = `${"page".padEnd(width)}  perf  a11y  best   seo     LCP      TBT  CPU index`;
  const lines = rows.map(
    (r) =>
      `${r.label.padEnd(width)}  ${r.scores.map((s) => String(s).padStart(4)).join("  ")}  ${(r.lcpMs / 1000).toFixed(1).padStart(4)} s  ${Math.round(r.tbtMs).toString().padStart(4)} ms  ${Math.round(r.benchmarkIndex).toString().padStart(9)}`,
  );
  console.log([header, ...lines].join("\n"));
}

/** The first market day linked from the list, as a resident would find it. */
async function firstMarketDay(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/market-days`)).text();
  const path = /href="(\/market-days\/[^"/?#]+)"/.exec(html)?.[1];
  if (!path) throw new Error("no market-day link on /market-days");
  return path;
}

const perf = (lhr: Result) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

/** RUNS Lighthouse runs of one page, lowest performance first. */
async function runLighthouse(url: string, port: number): Promise<Result[]> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    runs.push(result.lhr);
  }
  return runs.sort((a, b) => perf(a) - perf(b));
}

if (process.argv.includes("--skip-build")) process.env.BENCH_SKIP_BUILD = "1";
const server = process.env.BENCH_BASE_URL
  ? { baseUrl: process.env.BENCH_BASE_URL, stop: () => Promise.resolve() }
  : await startBenchServer({ port: Number(process.env.BENCH_PORT ?? 3301), name: "lighthouse" });
const chromium = await launchChromium();
try {
  const marketDay = await firstMarketDay(server.baseUrl);
  const pages: [string, string][] = [
    ["/", "/"],
    ["market day", marketDay],
    ["/stalls", "/stalls"],
    ["/wishes/new", "/wishes/new"],
    ["/wishes/track", "/wishes/track"],
    ["/en", "/en"],
    // Not a target: what Next itself costs, with no content, fonts or messages.
    ["bare Next page (reference)", "/bench/static"],
  ];
  if (REPORTS) mkdirSync(REPORTS, { recursive: true });
  console.log(`bench: Lighthouse mobile, ${RUNS} run(s) a page, the median shown; market day is ${marketDay}`);
  const rows: Row[] = [];
  for (const [label, path] of pages) {
    // The first request renders and caches the page: Lighthouse should see it served.
    for (let i = 0; i < 3; i++) await (await fetch(server.baseUrl + path)).arrayBuffer();
    const runs = await runLighthouse(server.baseUrl + path, chromium.port);
    const median = runs[Math.floor(runs.length / 2)]!;
    rows.push(rowOf(label, median));
    console.log(`bench: ${label}: performance ${runs.map(perf).join(", ")}`);
    if (REPORTS) {
      const name = label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
      writeFileSync(join(REPORTS, `${name}.json`), JSON.stringify(median));
    }
  }
  printTable(rows);
} finally {
  await chromium.stop();
  await server.stop();
}
