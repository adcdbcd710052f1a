// Shared cache invalidation (lib/cache/tag-sync.mjs) against the real Redis: two
// "instances" in one process, each with a tags manifest of its own, as each Next
// process has. An outage is a real one: the first instance reaches Redis through
// a TCP relay the test cuts and restores.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTagSync, type TagEntry, type TagSync } from "@/lib/cache/tag-sync.mjs";
import { startTcpRelay } from "../helpers/tcp-relay";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on("error", () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const available = await redisAnswers();

const quiet = { warn: () => undefined };
const syncs: TagSync[] = [];
function instance(prefix: string, url = redisUrl): { sync: TagSync; manifest: Map<string, TagEntry> } {
  const manifest = new Map<string, TagEntry>();
  const sync = createTagSync({ redisUrl: url, prefix, manifest, log: quiet });
  syncs.push(sync);
  return { sync, manifest };
}

/** Waits (up to `ms`) for a condition; returns how long it took, or throws. */
async function within(ms: number, condition: () => boolean): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

/** What revalidateTag(tag, { expire: 0 }) writes into the manifest of the instance that runs it. */
function revalidateLocally(manifest: Map<string, TagEntry>, tag: string, now = Date.now()): void {
  manifest.set(tag, { stale: now, expired: now });
}

describe.skipIf(!available)("cache tags shared through Redis (needs Redis at REDIS_URL or 127.0.0.1:6379)", () => {
  let admin: Redis;
  beforeAll(() => {
    admin = new Redis(redisUrl);
  });
  afterEach(async () => {
    await Promise.all(syncs.splice(0).map((sync) => sync.close()));
  });
  afterAll(() => admin.disconnect());

  it("an invalidation on one instance reaches the other's manifest within a second", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = instance(prefix);
    const b = instance(prefix);
    await Promise.all([a.sync.ready, b.sync.ready]);
    expect(a.sync.isSynced() && b.sync.isSynced()).toBe(true);

    revalidateLocally(a.manifest, "market-day:1");
    const sent = Date.now();
    await a.sync.publish(["market-day:1"]);
    await within(1_000, () => b.manifest.has("market-day:1"));
    const entry = b.manifest.get("market-day:1")!;
    // On B's clock: the tag expired at (about) the moment B heard of it.
    expect(entry.expired).toBeGreaterThanOrEqual(sent);
    expect(entry.expired).toBeLessThanOrEqual(Date.now());
    expect(entry.stale).toBe(entry.expired);
    // Only the tag that changed.
    expect([...b.manifest.keys()]).toEqual(["market-day:1"]);
  });

  it("an instance that starts later catches up on what it missed", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = instance(prefix);
    await a.sync.ready;
    const when = Date.now() - 5_000;
    revalidateLocally(a.manifest, "council", when);
    await a.sync.publish(["council"]);

    const late = instance(prefix);
    await late.sync.ready;
    // The recorded time, so a page cached before it is dropped and one after is kept.
    expect(late.manifest.get("council")).toEqual({ stale: when, expired: when });
  });

  it("keeps the newest change of a tag, whatever order the changes arrive in", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = instance(prefix);
    await a.sync.ready;
    const key = `${prefix}:cache:tags`;
    await admin.hset(key, "stalls", JSON.stringify({ at: Date.now() + 60_000, stale: 1, expired: 1 }));
    revalidateLocally(a.manifest, "stalls");
    await a.sync.publish(["stalls"]);
    // The hash holds a newer change (from another instance): the older one does not replace it.
    expect(JSON.parse((await admin.hget(key, "stalls"))!)).toMatchObject({ stale: 1, expired: 1 });
    await admin.del(key);
  });

  it("deployments with other prefixes do not hear each other", async () => {
    const prefix = `test-${randomUUID()}`;
    const a = instance(prefix);
    const sameDeployment = instance(prefix);
    const other = instance(`test-${randomUUID()}`);
    await Promise.all([a.sync.ready, sameDeployment.sync.ready, other.sync.ready]);
    revalidateLocally(a.manifest, "stalls");
    await a.sync.publish(["stalls"]);
    await within(1_000, () => sameDeployment.manifest.has("stalls"));
    expect(other.manifest.size).toBe(0);
    expect(await admin.hget(`${prefix}:cache:tags`, "stalls")).not.toBeNull();
  });

  it("an invalidation made while Redis is unreachable is shared once it is back", async () => {
    const prefix = `test-${randomUUID()}`;
    const link = await startTcpRelay(redisUrl);
    const a = instance(prefix, link.url);
    const b = instance(prefix);
    await Promise.all([a.sync.ready, b.sync.ready]);

    await link.cut();
    await within(2_000, () => !a.sync.isSynced());
    revalidateLocally(a.manifest, "market-days");
    await a.sync.publish(["market-days"]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(b.manifest.has("market-days")).toBe(false);

    await link.restore();
    // ioredis retries with a growing delay; the entry follows the reconnection.
    await within(5_000, () => b.manifest.has("market-days"));
    expect(a.sync.isSynced()).toBe(true);
    await link.close();
  });
});
