// Several production instances of the app behind nginx, on one machine, for
// `npm run cluster`, the cluster tests and `npm run bench:cluster`.
//
// Every instance is `npm start`'s command (run-with-db, then serve.ts) on the
// same build, database and Redis. They start at once: each migrates the database
// first, and the migration runner's advisory lock makes that safe. nginx runs
// the shipped deploy/nginx/huiyin.conf (see nginx.ts) in the foreground.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { productionEnvProblems } from "../../lib/production-env";
import { startChild, stopChild, type Child, type OutputSink } from "./child";
import { findNginx, nginxArgs, readTemplate, renderMainConfig, renderSiteConfig, testConfig } from "./nginx";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ClusterOptions {
  instances: number;
  basePort: number;
  nginxPort: number;
  /** PostgreSQL: the instances share it. */
  databaseUrl: string;
  /** Shared rate limits; without it each instance counts on its own. */
  redisUrl?: string;
  /** The build folder (NEXT_DIST_DIR); default process.env.NEXT_DIST_DIR or .next. */
  distDir?: string;
  /** More variables for every instance (secrets, limits, …); these win over process.env. */
  env?: Record<string, string | undefined>;
  /** The first instance seeds the demo data once it has migrated (HUIYIN_SEED_ON_START). */
  seed?: boolean;
  /** Where the children's output goes; default: stderr with a prefix. */
  output?: OutputSink;
  nginxWorkers?: string;
  /** Added inside nginx's http block, e.g. a benchmark's own server block. */
  extraNginxHttpConfig?: string;
  readyTimeoutMs?: number;
}

export interface Cluster {
  nginxUrl: string;
  instanceUrls: string[];
  /** The temporary folder of nginx's config, cache and temp files. */
  prefix: string;
  /** SIGTERM to one instance (0-based): it drains, then exits. Resolves once it has. */
  stopInstance(index: number): Promise<void>;
  /** Starts a stopped instance again and waits until it is ready. */
  startInstance(index: number): Promise<void>;
  /** Drains every instance, then stops nginx and removes the temporary folder. */
  stop(): Promise<void>;
  /** Resolves when a child exits without being asked to (the cluster is then broken). */
  crashed: Promise<string>;
}

const defaultOutput: OutputSink = (source, line) => process.stderr.write(`[${source}] ${line}\n`);

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Polls the URL until it answers 200; fails at once if the child exits meanwhile. */
async function waitFor200(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await answers200(url))) {
    if (child.done()) throw new Error(`${child.name} exited while starting:\n  ${child.tail().join("\n  ")}`);
    if (Date.now() > deadline) throw new Error(`${child.name}: ${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function instanceEnv(options: ClusterOptions, distDir: string, index: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  const publicUrl = env.NEXTAUTH_URL || `http://127.0.0.1:${options.nginxPort}`;
  Object.assign(env, {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: options.databaseUrl,
    // The only proxy in front is nginx on this machine; it overwrites X-Forwarded-For.
    HUIYIN_TRUSTED_PROXIES: "loopback",
    NEXTAUTH_URL: publicUrl,
    HUIYIN_PUBLIC_URL: env.HUIYIN_PUBLIC_URL || publicUrl,
    // Only one instance may seed: two seeding the same empty database would collide.
    HUIYIN_SEED_ON_START: options.seed && index === 0 ? "1" : "0",
    // run-with-db starts the server with the bare command `tsx`.
    PATH: `${path.join(ROOT, "node_modules/.bin")}${path.delimiter}${env.PATH ?? ""}`,
  });
  // A local cluster is reached over http; a public https address needs no exception.
  if (publicUrl.startsWith("http://")) env.HUIYIN_ALLOW_HTTP ??= "1";
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  return env;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const output = options.output ?? defaultOutput;
  const distDir = options.distDir ?? (process.env.NEXT_DIST_DIR || ".next");
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) {
    throw new Error(`no build in ${distDir}: run \`npm run build\` first (NEXT_DIST_DIR picks the folder)`);
  }
  // Checked once here rather than failing in every instance with the same list.
  const problems = productionEnvProblems(instanceEnv(options, distDir, 0));
  if (problems.length > 0) throw new Error(`the instances cannot start:\n  ${problems.join("\n  ")}`);
  const ports = Array.from({ length: options.instances }, (_, i) => options.basePort + i);
  // A port already taken could even answer our readiness probe for someone else.
  for (const port of [...ports, options.nginxPort]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is already in use`);
  }

  const nginx = findNginx();
  const prefix = await mkdtemp(path.join(os.tmpdir(), "huiyin-cluster-"));
  await mkdir(path.join(prefix, "temp"));
  const siteFile = path.join(prefix, "huiyin.conf");
  const mainFile = path.join(prefix, "nginx.conf");
  const site = renderSiteConfig(readTemplate(), {
    upstreamPorts: ports,
    listenPort: options.nginxPort,
    cacheDir: path.join(prefix, "cache"),
    staticDir: path.join(ROOT, distDir, "static"),
  });
  await writeFile(siteFile, site);
  const main = renderMainConfig({
    prefix,
    siteFile,
    workers: options.nginxWorkers ?? "auto",
    extraHttpConfig: options.extraNginxHttpConfig,
  });
  await writeFile(mainFile, main);
  testConfig(nginx, prefix, mainFile);

  const instances: (Child | null)[] = ports.map(() => null);
  const expectedExits = new Set<Child>();
  let reportCrash: (name: string) => void = () => undefined;
  const crashed = new Promise<string>((resolve) => {
    reportCrash = resolve;
  });
  const watch = (child: Child) => {
    void child.exited.then((code) => {
      if (!expectedExits.has(child)) reportCrash(`${child.name} exited unexpectedly (code ${code})`);
    });
    return child;
  };
  const spawnInstance = (index: number): Child => {
    const port = ports[index]!;
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const args = ["scripts/run-with-db.ts", "tsx", "scripts/serve.ts", "-p", String(port)];
    const child = startChild(`app${index + 1}:${port}`, tsx, args, {
      cwd: ROOT,
      env: instanceEnv(options, distDir, index),
      output,
    });
    instances[index] = child;
    return watch(child);
  };
  const children = (): Child[] => instances.filter((c): c is Child => c !== null);
  const nginxChild = watch(
    startChild(`nginx:${options.nginxPort}`, nginx, nginxArgs(prefix, mainFile), {
      cwd: prefix,
      env: process.env,
      output,
    }),
  );

  // Safety net if this process ends without stop(): no orphaned servers.
  const killAll = () => {
    for (const child of [...children(), nginxChild]) child.signal("SIGKILL");
  };
  process.on("exit", killAll);

  const stop = async () => {
    process.off("exit", killAll);
    for (const child of children()) expectedExits.add(child);
    expectedExits.add(nginxChild);
    // SIGTERM: each instance drains (readiness 503, then stops listening after
    // HUIYIN_DRAIN_DELAY_MS) and finishes what it is serving; nginx goes last.
    await Promise.all(children().map((child) => stopChild(child, "SIGTERM", 30_000)));
    await stopChild(nginxChild, "SIGQUIT", 10_000);
    await rm(prefix, { recursive: true, force: true });
  };

  const urlOf = (port: number) => `http://127.0.0.1:${port}`;
  try {
    const started = ports.map((_, i) => spawnInstance(i));
    // nginx binds its port at once: if it cannot, say so without waiting for the instances.
    const nginxFailed = nginxChild.exited.then((code) =>
      Promise.reject(new Error(`nginx exited while starting (code ${code}):\n  ${nginxChild.tail().join("\n  ")}`)),
    );
    nginxFailed.catch(() => undefined);
    const ready = started.map((child, i) => waitFor200(`${urlOf(ports[i]!)}/api/health/ready`, child, readyTimeoutMs));
    await Promise.race([Promise.all(ready), nginxFailed]);
    await waitFor200(`${urlOf(options.nginxPort)}/api/health/ready`, nginxChild, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    nginxUrl: urlOf(options.nginxPort),
    instanceUrls: ports.map(urlOf),
    prefix,
    crashed,
    stop,
    async stopInstance(index) {
      const child = instances[index];
      if (!child || child.done()) throw new Error(`instance ${index} is not running`);
      expectedExits.add(child);
      await stopChild(child, "SIGTERM", 30_000);
    },
    async startInstance(index) {
      const current = instances[index];
      if (current && !current.done()) throw new Error(`instance ${index} is already running`);
      const child = spawnInstance(index);
      await waitFor200(`${urlOf(ports[index]!)}/api/health/ready`, child, readyTimeoutMs);
    },
  };
}
