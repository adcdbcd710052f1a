// @ts-check
// Shares cache-tag invalidations between instances through Redis (issue 15).
//
// Next keeps one tags manifest per process: tag → when it went stale and when it
// expires. revalidateTag() writes it, and both caches read it: the 'use cache'
// data cache and the page cache (FileSystemCache). So an instance that learns
// another's invalidation only has to write the same manifest entry, and both of
// its caches drop what the edit made old. This module does that:
//  - publish: after a local revalidateTag, the tags' new entries go to a Redis
//    hash (kept only if newer than what the hash holds) and out on a channel;
//  - subscribe: every other instance writes a message's entries into its own
//    manifest, with the times moved onto its own clock (see applyLive);
//  - catch up: on every (re)connection the instance reads the whole hash, so what
//    it missed while it or Redis was down still reaches it. serve.ts waits for
//    the first catch-up before it listens, so a restarted instance never serves a
//    page invalidated while it was down.
//  - offline: an invalidation made while Redis is down waits here and is sent
//    when the connection is back.
// Plain JavaScript because Next imports the cache handler (shared-cache-handler.mjs)
// with Node's own import(), outside the build; the types are in tag-sync.d.mts.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";

/**
 * Stores each tag's entry only if it is newer than the hash's, then publishes.
 * KEYS[1] the hash; ARGV[1] the channel, ARGV[2] the message; then tag, entry pairs.
 */
const SET_NEWER_AND_PUBLISH = `
for i = 3, #ARGV, 2 do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  if not current or cjson.decode(current).at <= cjson.decode(ARGV[i + 1]).at then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  end
end
return redis.call('PUBLISH', ARGV[1], ARGV[2])
`;

/** How long a start waits for its first catch-up before serving without it. */
const FIRST_SYNC_WAIT_MS = 3_000;

/**
 * @param {unknown} value
 * @returns {value is import("./tag-sync.d.mts").SharedTagEntry}
 */
function isSharedEntry(value) {
  if (typeof value !== "object" || value === null) return false;
  const entry = /** @type {Record<string, unknown>} */ (value);
  const optionalNumber = (/** @type {unknown} */ v) => v === undefined || typeof v === "number";
  return typeof entry.at === "number" && optionalNumber(entry.stale) && optionalNumber(entry.expired);
}

/**
 * @param {import("./tag-sync.d.mts").TagSyncOptions} options
 * @returns {import("./tag-sync.d.mts").TagSync}
 */
export function createTagSync({ redisUrl, prefix, manifest, log = console }) {
  const origin = randomUUID();
  const hashKey = `${prefix}:cache:tags`;
  const channel = `${prefix}:cache:tags`;
  /** The newest entry applied or sent for each tag, by its `at`. */
  /** @type {Map<string, number>} */
  const applied = new Map();
  /** Entries made while Redis was unreachable, sent on reconnection. */
  /** @type {Map<string, import("./tag-sync.d.mts").SharedTagEntry>} */
  const pending = new Map();
  let reportedDown = false;

  const commands = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
  for (const client of [commands, subscriber]) {
    client.on("error", (/** @type {Error} */ error) => {
      if (!reportedDown)
        log.warn(`cache tags: Redis unavailable (${error.name}); invalidations stay on this instance until it is back`);
      reportedDown = true;
    });
  }

  /**
   * @param {string} tag
   * @param {import("./tag-sync.d.mts").SharedTagEntry} entry
   * @param {number} shift milliseconds added to the entry's times
   */
  function apply(tag, entry, shift) {
    if ((applied.get(tag) ?? -Infinity) >= entry.at) return;
    applied.set(tag, entry.at);
    const current = manifest.get(tag) ?? {};
    manifest.set(tag, {
      ...current,
      ...(entry.stale === undefined ? {} : { stale: entry.stale + shift }),
      ...(entry.expired === undefined ? {} : { expired: entry.expired + shift }),
    });
  }

  /** Reads the whole hash: what happened while this instance or Redis was away. */
  async function catchUp() {
    const all = await commands.hgetall(hashKey);
    for (const [tag, text] of Object.entries(all)) {
      try {
        const entry = JSON.parse(text);
        // Absolute times: a cached copy is compared with when the tag changed.
        if (isSharedEntry(entry)) apply(tag, entry, 0);
      } catch {
        // A foreign or damaged field: ignore it rather than stop the sync.
      }
    }
  }

  /** @param {Map<string, import("./tag-sync.d.mts").SharedTagEntry>} entries */
  async function send(entries) {
    const message = JSON.stringify({ origin, entries: Object.fromEntries(entries) });
    const pairs = [...entries].flatMap(([tag, entry]) => [tag, JSON.stringify(entry)]);
    await commands.eval(SET_NEWER_AND_PUBLISH, 1, hashKey, channel, message, ...pairs);
  }

  async function flushPending() {
    if (pending.size === 0) return;
    const entries = new Map(pending);
    pending.clear();
    try {
      await send(entries);
    } catch {
      for (const [tag, entry] of entries) if ((pending.get(tag)?.at ?? -Infinity) < entry.at) pending.set(tag, entry);
    }
  }

  subscriber.on("message", (/** @type {string} */ _channel, /** @type {string} */ text) => {
    try {
      const message = JSON.parse(text);
      if (message?.origin === origin || typeof message?.entries !== "object") return;
      const now = Date.now();
      for (const [tag, entry] of Object.entries(message.entries)) {
        // Onto this clock: the tag changed "now" here, whatever the two clocks say,
        // so a page this instance cached just before the message is dropped too.
        if (isSharedEntry(entry)) apply(tag, entry, now - entry.at);
      }
    } catch {
      // Not one of ours: ignore.
    }
  });

  let firstSync = false;
  /** @type {Promise<void>} */
  const ready = new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!firstSync)
        log.warn("cache tags: no Redis at start; serving without the other instances' invalidations until it answers");
      resolve();
    }, FIRST_SYNC_WAIT_MS);
    timer.unref?.();
    // After the subscription is (re)made, so nothing falls between the read and it.
    subscriber.on("ready", () => {
      void subscriber
        .subscribe(channel)
        .then(() => (commands.status === "ready" ? undefined : new Promise((r) => commands.once("ready", r))))
        .then(() => Promise.all([catchUp(), flushPending()]))
        .then(() => {
          firstSync = true;
          reportedDown = false;
          clearTimeout(timer);
          resolve();
        })
        .catch(() => {
          // The next "ready" tries again.
        });
    });
  });

  return {
    origin,
    ready,
    isSynced: () => firstSync && subscriber.status === "ready" && commands.status === "ready",
    async publish(tags) {
      /** @type {Map<string, import("./tag-sync.d.mts").SharedTagEntry>} */
      const entries = new Map();
      const at = Date.now();
      for (const tag of tags) {
        const entry = manifest.get(tag) ?? {};
        const shared = {
          at,
          ...(entry.stale === undefined ? {} : { stale: entry.stale }),
          ...(entry.expired === undefined ? {} : { expired: entry.expired }),
        };
        applied.set(tag, at);
        entries.set(tag, shared);
      }
      if (entries.size === 0) return;
      try {
        if (commands.status !== "ready") throw new Error("not connected");
        await send(entries);
      } catch {
        for (const [tag, entry] of entries) pending.set(tag, entry);
      }
    },
    async close() {
      subscriber.disconnect();
      commands.disconnect();
    },
  };
}
