// Types of shared-cache-handler.mjs (plain JavaScript: see the module).
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types.js";
import type { TagSync } from "./tag-sync.mjs";

export function sharedTagSync(): TagSync | null;
declare const handler: CacheHandler;
export default handler;
