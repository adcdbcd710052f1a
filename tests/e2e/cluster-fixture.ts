// The cluster the cluster tests share (tests/e2e/cluster.spec.ts): three
// production instances of the e2e build on a database of their own, started
// through scripts/cluster/start-cluster.ts behind nginx. The instances reach
// Redis through a relay the tests can cut (tests/helpers/tcp-relay.ts): a real
// outage for them, without stopping the machine's Redis.
import { randomBytes } from "node:crypto";
import { test } from "@playwright/test";
import { Redis } from "ioredis";
import pg from "pg";
import { createScratchDatabase, type ScratchDatabase } from "../../scripts/cluster/scratch-database";
import { startCluster, type Cluster } from "../../scripts/cluster/start-cluster";
import { throwAwayClusterEnv } from "../../scripts/cluster/throwaway-env";
import { startTcpRelay, type TcpRelay } from "../helpers/tcp-relay";

const INSTANCES = 3;
const BASE_PORT = 3201;
const NGINX_PORT = 3280;
const REDIS_URL = "redis://127.0.0.1:6379";
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-e2e";

const serverUrl = process.env.DATABASE_URL ?? "";
export const pgUrl = /^postgres(ql)?:\/\//.test(serverUrl) ? serverUrl : null;

/** What every test of this file gets: the running cluster and ways to look inside it. */
export interface ClusterFixture {
  cluster: Cluster;
  nginxUrl: string;
  /** The variables every instance got (secrets included). */
  env: Record<string, string | undefined>;
  redisPrefix: string;
  query: <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<T[]>;
  /** The instances' way to Redis: cut() is an outage, restore() ends it. */
  redisLink: TcpRelay;
  /** The instances' and nginx's last lines, for a failure's message. */
  output: string[];
}

/** Starts the cluster before the file's tests and stops it after; the getter is for the tests. */
export function useCluster(): () => ClusterFixture {
  let fixture: ClusterFixture | null = null;
  let database: ScratchDatabase | null = null;
  let db: pg.Pool | null = null;
  let failed = false;
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    if (!pgUrl) return;
    const name = `${new URL(pgUrl).pathname.slice(1) || "huiyin"}_cluster`.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
    database = await createScratchDatabase(pgUrl, name);
    const redisPrefix = `huiyin-test-cluster-${randomBytes(4).toString("hex")}`;
    const env: Record<string, string | undefined> = {
      ...throwAwayClusterEnv(),
      HUIYIN_REDIS_PREFIX: redisPrefix,
      SEED_STAFF_PASSWORD: process.env.SEED_STAFF_PASSWORD ?? "e2e-staff-password",
    };
    const output: string[] = [];
    const redisLink = await startTcpRelay(REDIS_URL);
    const cluster = await startCluster({
      instances: INSTANCES,
      basePort: BASE_PORT,
      nginxPort: NGINX_PORT,
      databaseUrl: database.url,
      redisUrl: redisLink.url,
      distDir: DIST_DIR,
      env,
      seed: true,
      // One nginx worker: the machine's cores are for the instances and the browser.
      nginxWorkers: "1",
      output: (source, line) => {
        output.push(`[${source}] ${line}`);
        if (output.length > 400) output.shift();
      },
    }).catch((error: unknown) => {
      console.error(output.join("\n"));
      throw error;
    });
    db = new pg.Pool({ connectionString: database.url, max: 2 });
    const pool = db;
    fixture = {
      cluster,
      nginxUrl: cluster.nginxUrl,
      env,
      redisPrefix,
      redisLink,
      output,
      query: async <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) =>
        (await pool.query<T>(sql, values)).rows,
    };
  });
  test.afterEach(() => {
    const info = test.info();
    if (info.status !== info.expectedStatus) failed = true;
  });
  test.afterAll(async () => {
    test.setTimeout(120_000);
    const current = fixture;
    fixture = null;
    if (current) {
      if (failed) console.error(current.output.slice(-80).join("\n"));
      await current.cluster.stop();
      await current.redisLink.close();
      const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await redis.connect();
      const keys = await redis.keys(`${current.redisPrefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    await db?.end();
    await database?.drop();
  });
  return () => {
    if (!fixture) throw new Error("the cluster did not start (see beforeAll)");
    return fixture;
  };
}

/** A query string no earlier request used: the micro-cache has never seen this address. */
export const fresh = (name: string) => `${name}=${randomBytes(6).toString("hex")}`;
