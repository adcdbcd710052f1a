// npm run bench:public — how fast the public pages are served, against a bare
// static page from the same server: /bench/static, a prerendered Next page with
// no content (the baseline of the ratios). For reference it also loads
// /bench/static-large, the same bare page padded to the market-day page's weight
// (what page weight alone costs), and /bench.html, a file from public/ that Next
// streams from disk without its page machinery. Builds,
// starts `next start` on a fresh embedded database (or DATABASE_URL), warms each
// page, then loads each with autocannon in turn. Prints req/s, p95 and ratios.
// It measures; it asserts nothing (target: every ratio ≥ 0.9).
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { load, printTable, type LoadResult } from "./bench/load";
import { startBenchServer } from "./bench/server";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const pages: [string, string][] = [
  ["bare static page /bench/static", "/bench/static"],
  ["home /", "/"],
  ["market day /market-days/2023-05-27-…", "/market-days/2023-05-27-party-member-service-market"],
  ["directory /stalls?audience=elderly", "/stalls?audience=elderly"],
];
// Not part of the target; they explain the ratios.
const references: [string, string][] = [
  ["static, market-day weight (reference)", "/bench/static-large"],
  ["plain file /bench.html (reference)", "/bench.html"],
];

const server = await startBenchServer({ port: Number(process.env.BENCH_PORT ?? 3300), name: "public" });
try {
  // What each response weighs: HTML with its inline RSC payload, uncompressed as
  // autocannon asks for it.
  const weights: string[] = [];
  for (const [, path] of [...pages, ...references]) {
    // First request renders and caches the page; a few more settle the JIT.
    let bytes = 0;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(server.baseUrl + path);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      bytes = (await res.arrayBuffer()).byteLength;
    }
    weights.push(`${path} ${(bytes / 1024).toFixed(1)} KB`);
  }
  console.log(
    `bench: ${CONNECTIONS} connections, ${DURATION} s per page, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`,
  );
  const results: LoadResult[] = [];
  for (const [label, path] of pages) {
    results.push(await load(label, server.baseUrl + path, { connections: CONNECTIONS, durationSec: DURATION }));
  }
  for (const [label, path] of references) {
    results.push(await load(label, server.baseUrl + path, { connections: CONNECTIONS, durationSec: DURATION }));
  }
  printTable(results, results[0]!);
  console.log(`bench: response sizes: ${weights.join(", ")}`);
  const ratios = results.slice(1, pages.length).map((r) => r.reqPerSec / results[0]!.reqPerSec);
  console.log(`bench: lowest ratio ${Math.min(...ratios).toFixed(2)} (target ≥ 0.90)`);
} finally {
  await server.stop();
}
