// npm run bench:public — how fast the public pages are served, against a bare
// static page from the same server. Builds, starts `next start` on a fresh
// embedded database (or DATABASE_URL), warms each page, then loads each with
// autocannon in turn. Prints req/s, p95 and the ratio to the bare page.
// It measures; it asserts nothing (target: every ratio ≥ 0.9).
import { load, printTable, type LoadResult } from "./bench/load";
import { startBenchServer } from "./bench/server";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const pages: [string, string][] = [
  ["bare static page (/bench.html)", "/bench.html"],
  ["home /", "/"],
  ["market day /market-days/2023-05-27-…", "/market-days/2023-05-27-party-member-service-market"],
  ["directory /stalls?audience=elderly", "/stalls?audience=elderly"],
];

const server = await startBenchServer({ port: Number(process.env.BENCH_PORT ?? 3300), name: "public" });
try {
  for (const [, path] of pages) {
    // First request renders and caches the page; a few more settle the JIT.
    for (let i = 0; i < 20; i++) {
      const res = await fetch(server.baseUrl + path);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
  }
  console.log(`bench: ${CONNECTIONS} connections, ${DURATION} s per page, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`);
  const results: LoadResult[] = [];
  for (const [label, path] of pages) {
    results.push(await load(label, server.baseUrl + path, { connections: CONNECTIONS, durationSec: DURATION }));
  }
  printTable(results, results[0]!);
  const ratios = results.slice(1).map((r) => r.reqPerSec / results[0]!.reqPerSec);
  console.log(`bench: lowest ratio ${Math.min(...ratios).toFixed(2)} (target ≥ 0.90)`);
} finally {
  await server.stop();
}
