// One autocannon run, with the exact p95 of every response time (autocannon's
// own summary stops at p90 and p97.5).
import autocannon from "autocannon";

export interface LoadResult {
  label: string;
  requests: number;
  reqPerSec: number;
  p95Ms: number;
  non2xx: number;
  errors: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function load(
  label: string,
  url: string,
  options: { connections?: number; durationSec?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections ?? 16, duration: options.durationSec ?? 10, headers: options.headers },
      (error: unknown, finished) =>
        error ? reject(error instanceof Error ? error : new Error("autocannon failed")) : resolve(finished),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  return {
    label,
    requests: result.requests.total,
    reqPerSec: result.requests.total / (result.duration || 1),
    p95Ms: percentile(times, 95),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function printTable(rows: LoadResult[], baseline: LoadResult): void {
  const line = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(44) : c.padStart(10))).join(""));
  line(["page", "req/s", "p95 ms", "ratio", "non-2xx", "errors"]);
  for (const row of rows) {
    line([
      row.label,
      row.reqPerSec.toFixed(0),
      row.p95Ms.toFixed(1),
      row === baseline ? "1.00" : (row.reqPerSec / baseline.reqPerSec).toFixed(2),
      String(row.non2xx),
      String(row.errors),
    ]);
  }
}
