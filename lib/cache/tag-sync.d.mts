// Types of tag-sync.mjs (plain JavaScript: see the module).

/** One tag's entry in Next's tags manifest: when it went stale, when it expires (ms). */
export interface TagEntry {
  stale?: number;
  expired?: number;
}

/** A tag's entry as shared between instances: `at` orders the changes of one tag. */
export interface SharedTagEntry extends TagEntry {
  at: number;
}

export interface TagSyncOptions {
  redisUrl: string;
  /** HUIYIN_REDIS_PREFIX: keeps deployments sharing one Redis apart. */
  prefix: string;
  /** Next's process-wide tags manifest (tests pass a Map of their own). */
  manifest: Map<string, TagEntry>;
  log?: Pick<Console, "warn">;
}

export interface TagSync {
  /** This instance's id in messages: it skips its own. */
  readonly origin: string;
  /** Settles after the first catch-up, or after a few seconds without Redis. */
  readonly ready: Promise<void>;
  /** Connected, subscribed and caught up. */
  isSynced(): boolean;
  /** Shares the manifest's current entries of these tags (after a local revalidateTag). */
  publish(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export function createTagSync(options: TagSyncOptions): TagSync;
