// @ts-check
// The 'use cache' handler (next.config.ts cacheHandlers.default): Next's own
// in-memory handler, plus the tag sharing of tag-sync.mjs when REDIS_URL is set.
// Without REDIS_URL it is exactly the default handler: one instance behaves as
// before. Kept this small on purpose: no registry package supports Cache
// Components on Node 20 without calling it experimental (README, "Running several
// instances"), and `next` is pinned exactly, with the cluster tests as the gate
// for any upgrade, because this reaches into two of Next's internal modules.
import defaultHandlerModule from "next/dist/server/lib/cache-handlers/default.js";
import tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { createTagSync } from "./tag-sync.mjs";

/** @typedef {import("./tag-sync.d.mts").TagSync} TagSync */

const SYNC = Symbol.for("huiyin.cache-tag-sync");
const store = /** @type {{ [SYNC]?: TagSync | null }} */ (/** @type {unknown} */ (globalThis));

/**
 * The process's one tag sync, or null without REDIS_URL. Shared through
 * globalThis: serve.ts and Next each import this file (and a bundled server may
 * hold a second copy of it), but there must be one subscription per process.
 * @returns {TagSync | null}
 */
export function sharedTagSync() {
  if (store[SYNC] !== undefined) return store[SYNC];
  const redisUrl = process.env.REDIS_URL;
  store[SYNC] = redisUrl
    ? createTagSync({
        redisUrl,
        prefix: process.env.HUIYIN_REDIS_PREFIX || "huiyin",
        manifest: tagsManifestModule.tagsManifest,
      })
    : null;
  return store[SYNC];
}

const base = defaultHandlerModule.createDefaultCacheHandler(50 * 1024 * 1024);

/** @type {import("next/dist/server/lib/cache-handlers/types.js").CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => base.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => base.set(cacheKey, pendingEntry),
  async refreshTags() {
    // A request's first cache read waits for the start's catch-up (bounded).
    await sharedTagSync()?.ready;
  },
  getExpiration: (tags) => base.getExpiration(tags),
  async updateTags(tags, durations) {
    await base.updateTags(tags, durations);
    await sharedTagSync()?.publish(tags);
  },
};

export default handler;
