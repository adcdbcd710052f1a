// Starts a production build of the app for a benchmark and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { fillMissingSecrets } from "../secrets";

export interface BenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchServer(options: {
  port: number;
  name: string;
  extraEnv?: NodeJS.ProcessEnv;
}): Promise<BenchServer> {
  const distDir = `.next-bench`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    HUIYIN_SEED_ON_START: "1",
    SEED_STAFF_PASSWORD: process.env.SEED_STAFF_PASSWORD ?? "bench-staff-password",
    HUIYIN_PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    // A production server over http on localhost: allowed explicitly, see lib/production-env.ts.
    NEXTAUTH_URL: `http://127.0.0.1:${options.port}`,
    HUIYIN_ALLOW_HTTP: "1",
    ...options.extraEnv,
  };
  // On an external database run-with-db generates no secrets: make throw-away ones.
  if (env.DATABASE_URL) fillMissingSecrets(env);
  if (!env.DATABASE_URL) {
    env.HUIYIN_DATA_DIR = `.data/bench-${options.name}`;
    rmSync(env.HUIYIN_DATA_DIR, { recursive: true, force: true });
  }
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    console.log("bench: next build …");
    const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"], env });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const child: ChildProcess = spawn(
    "npx",
    ["tsx", "scripts/run-with-db.ts", "tsx", "scripts/serve.ts", "-p", String(options.port)],
    { stdio: ["ignore", "ignore", "inherit"], env, detached: true },
  );
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("bench server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    async stop() {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}
