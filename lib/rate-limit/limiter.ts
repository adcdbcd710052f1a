// Rate limits with rate-limiter-flexible: in memory by default (one instance),
// in Redis when REDIS_URL is set (several instances share the counts). Keys are
// keyed hashes (lib/privacy), so neither IPs nor device ids are stored in clear.
import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { readEnv, type Env } from "@/lib/env";

export type LimitName =
  | "wish-device"
  | "wish-ip"
  | "track-device"
  | "track-ip"
  | "sign-in-ip"
  | "phone-search"
  | "reminder-device"
  | "reminder-address"
  | "support-device"
  | "support-ip";

const settings: Record<LimitName, (env: Env) => { points: number; duration: number }> = {
  "wish-device": (e) => ({ points: e.RATE_WISH_DEVICE_POINTS, duration: e.RATE_WISH_DEVICE_SECONDS }),
  "wish-ip": (e) => ({ points: e.RATE_WISH_IP_POINTS, duration: e.RATE_WISH_IP_SECONDS }),
  "track-device": (e) => ({ points: e.RATE_TRACK_DEVICE_POINTS, duration: e.RATE_TRACK_DEVICE_SECONDS }),
  "track-ip": (e) => ({ points: e.RATE_TRACK_IP_POINTS, duration: e.RATE_TRACK_IP_SECONDS }),
  // Failed staff sign-ins from one address, whatever the usernames: each costs an Argon2 hash.
  "sign-in-ip": (e) => ({ points: e.RATE_SIGNIN_IP_POINTS, duration: e.RATE_SIGNIN_IP_SECONDS }),
  "phone-search": (e) => ({ points: e.RATE_PHONE_SEARCH_POINTS, duration: 60 * 60 }),
  // Market-day reminders: each request may send an SMS code, which costs money and
  // must not become a way to pester someone else's phone.
  "reminder-device": () => ({ points: 10, duration: 60 * 60 }),
  "reminder-address": () => ({ points: 5, duration: 24 * 60 * 60 }),
  // "Me too" on the wall: each wish counts a device once anyway; these only stop
  // a script from walking the wall. A whole estate may share one mobile address.
  "support-device": () => ({ points: 60, duration: 60 * 60 }),
  "support-ip": () => ({ points: 600, duration: 60 * 60 }),
};

const globalForLimits = globalThis as unknown as {
  huiyinLimiters?: Map<LimitName, RateLimiterAbstract>;
  huiyinRedis?: Redis;
  huiyinRedisReady?: Promise<void>;
};

/** How long the first requests wait for a fresh Redis connection before using memory. */
const FIRST_CONNECT_WAIT_MS = 1_000;

function redisClient(url: string): Redis {
  if (globalForLimits.huiyinRedis) return globalForLimits.huiyinRedis;
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  // Without a listener ioredis prints every failed reconnect as an unhandled
  // error. One line per outage is enough; the insurance limiter keeps working.
  let reported = false;
  client.on("error", (error: Error) => {
    if (!reported) console.warn(`rate limits: Redis unavailable (${error.name}), counting in memory until it is back`);
    reported = true;
  });
  client.on("ready", () => {
    reported = false;
  });
  // RateLimiterRedis sends a request to the insurance (memory) limiter whenever
  // the client is not "ready", which it is not for the first milliseconds. Those
  // points would be counted apart from the rest, so a burst right after start
  // could take more than its limit. The first requests therefore wait for the
  // connection, once and briefly: a Redis that is down costs one second, once.
  globalForLimits.huiyinRedisReady = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
    timer.unref?.();
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  globalForLimits.huiyinRedis = client;
  return client;
}

function limiter(name: LimitName): RateLimiterAbstract {
  globalForLimits.huiyinLimiters ??= new Map();
  const existing = globalForLimits.huiyinLimiters.get(name);
  if (existing) return existing;
  const env = readEnv();
  const opts = { ...settings[name](env), keyPrefix: `${env.HUIYIN_REDIS_PREFIX}:${name}` };
  const created = env.REDIS_URL
    ? new RateLimiterRedis({
        ...opts,
        storeClient: redisClient(env.REDIS_URL),
        // If Redis is down, fall back to per-instance memory rather than refusing residents.
        insuranceLimiter: new RateLimiterMemory(opts),
      })
    : new RateLimiterMemory(opts);
  globalForLimits.huiyinLimiters.set(name, created);
  return created;
}

/** How long readiness waits for Redis's answer. */
const PING_TIMEOUT_MS = 1_000;

/**
 * Whether the shared Redis answers (readiness, lib/health/check-health.ts):
 * "not-configured" without REDIS_URL. Uses the limits' own client.
 */
export async function sharedRedisStatus(): Promise<"ok" | "unavailable" | "not-configured"> {
  const url = readEnv().REDIS_URL;
  if (!url) return "not-configured";
  const client = redisClient(url);
  // The client queues nothing while it connects: wait for it, once and briefly, as the limits do.
  await globalForLimits.huiyinRedisReady;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), PING_TIMEOUT_MS);
    });
    return (await Promise.race([client.ping(), timeout])) === "PONG" ? "ok" : "unavailable";
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}

export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one point from each named limit; the first that is exhausted says how long to wait. */
export async function consume(checks: readonly { name: LimitName; key: string }[]): Promise<LimitOutcome> {
  for (const check of checks) {
    const store = limiter(check.name);
    await globalForLimits.huiyinRedisReady;
    try {
      await store.consume(check.key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
      throw error;
    }
  }
  return { ok: true };
}

/**
 * Whether consume() would let the request through, without taking a point: for
 * the public action wrapper, which checks the limit before parsing while the
 * service charges only what it actually does (a new wish, a real look-up).
 */
export async function peek(checks: readonly { name: LimitName; key: string }[]): Promise<LimitOutcome> {
  for (const check of checks) {
    const store = limiter(check.name);
    await globalForLimits.huiyinRedisReady;
    const res = await store.get(check.key);
    if (res && res.consumedPoints >= store.points && res.msBeforeNext > 0) {
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    }
  }
  return { ok: true };
}

/**
 * Gives one point back to each named limit: for a request that turned out to
 * repeat work already done (a retried wish), found out only after consume().
 */
export async function refund(checks: readonly { name: LimitName; key: string }[]): Promise<void> {
  for (const check of checks)
    await limiter(check.name)
      .reward(check.key, 1)
      .catch(() => undefined);
}

// Brute-force protection for staff sign-in: consecutive failures per
// username+IP. The 10th failure in a row locks the pair for 15 minutes; a
// success clears the count. Another IP (a colleague on a different network) is
// not locked out, and a resident guessing cannot lock a staff member out everywhere.
export type FailureLimitName = "sign-in" | "track-code";

const FAILURE_LIMITS: Record<FailureLimitName, { maxFailures: number; lockSeconds: number; windowSeconds: number }> = {
  // The window only bounds how long a count of failures is remembered.
  "sign-in": { maxFailures: 10, lockSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
  // Wrong last-four digits per tracking code, whatever the device or address:
  // the device and IP limits alone reset with a dropped cookie or a new address.
  "track-code": { maxFailures: 5, lockSeconds: 15 * 60, windowSeconds: 24 * 60 * 60 },
};

const globalForFailures = globalThis as unknown as {
  huiyinFailureLimiters?: Map<FailureLimitName, RateLimiterAbstract>;
};

function failureLimiter(name: FailureLimitName): RateLimiterAbstract {
  globalForFailures.huiyinFailureLimiters ??= new Map();
  const existing = globalForFailures.huiyinFailureLimiters.get(name);
  if (existing) return existing;
  const env = readEnv();
  const { maxFailures, windowSeconds } = FAILURE_LIMITS[name];
  const opts = { points: maxFailures, duration: windowSeconds, keyPrefix: `${env.HUIYIN_REDIS_PREFIX}:${name}` };
  const created = env.REDIS_URL
    ? new RateLimiterRedis({
        ...opts,
        storeClient: redisClient(env.REDIS_URL),
        insuranceLimiter: new RateLimiterMemory(opts),
      })
    : new RateLimiterMemory(opts);
  globalForFailures.huiyinFailureLimiters.set(name, created);
  return created;
}

export type LockState = { locked: false } | { locked: true; retryAfterSeconds: number };

/** Whether the key is locked now (checked before the password is even looked at). */
export async function lockState(name: FailureLimitName, key: string): Promise<LockState> {
  const store = failureLimiter(name);
  await globalForLimits.huiyinRedisReady;
  const res = await store.get(key);
  if (res && res.consumedPoints > FAILURE_LIMITS[name].maxFailures) {
    return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  }
  return { locked: false };
}

/** Counts one failure; the one that reaches the limit locks the key and says so. */
export async function recordFailure(name: FailureLimitName, key: string): Promise<LockState> {
  const store = failureLimiter(name);
  await globalForLimits.huiyinRedisReady;
  const { maxFailures, lockSeconds } = FAILURE_LIMITS[name];
  let consumed: number;
  try {
    consumed = (await store.consume(key)).consumedPoints;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    consumed = error.consumedPoints;
  }
  if (consumed < maxFailures) return { locked: false };
  // block() stores points+1 for lockSeconds, so lockState() sees the lock and
  // the count starts afresh once it has run out.
  await store.block(key, lockSeconds);
  return { locked: true, retryAfterSeconds: lockSeconds };
}

/** A successful sign-in: the failures before it no longer count. */
export async function clearFailures(name: FailureLimitName, key: string): Promise<void> {
  await failureLimiter(name)
    .delete(key)
    .catch(() => undefined);
}

// Pacing: failures per key over a day; past a free allowance each failure makes
// the key wait before its next attempt, twice as long each time, up to a cap.
// Nothing is ever locked for good: for staff accounts across all addresses,
// where a lock would let a stranger keep a colleague out.
export type PaceName = "sign-in-account";

const PACES: Record<PaceName, { freeFailures: number; maxWaitSeconds: number; windowSeconds: number }> = {
  "sign-in-account": { freeFailures: 10, maxWaitSeconds: 300, windowSeconds: 24 * 60 * 60 },
};

const globalForPaces = globalThis as unknown as {
  huiyinPaces?: Map<string, RateLimiterAbstract>;
};

function paceStore(name: PaceName, part: "count" | "gate"): RateLimiterAbstract {
  globalForPaces.huiyinPaces ??= new Map();
  const id = `${name}:${part}`;
  const existing = globalForPaces.huiyinPaces.get(id);
  if (existing) return existing;
  const env = readEnv();
  const { windowSeconds } = PACES[name];
  const opts =
    part === "count"
      ? {
          points: Number.MAX_SAFE_INTEGER,
          duration: windowSeconds,
          keyPrefix: `${env.HUIYIN_REDIS_PREFIX}:pace-count:${name}`,
        }
      : { points: 1, duration: 1, keyPrefix: `${env.HUIYIN_REDIS_PREFIX}:pace-gate:${name}` };
  const created = env.REDIS_URL
    ? new RateLimiterRedis({
        ...opts,
        storeClient: redisClient(env.REDIS_URL),
        insuranceLimiter: new RateLimiterMemory(opts),
      })
    : new RateLimiterMemory(opts);
  globalForPaces.huiyinPaces.set(id, created);
  return created;
}

/** How long the key must still wait before its next attempt (0: it may go now). */
export async function paceWait(name: PaceName, key: string): Promise<number> {
  const gate = paceStore(name, "gate");
  await globalForLimits.huiyinRedisReady;
  const res = await gate.get(key);
  if (res && res.consumedPoints > gate.points && res.msBeforeNext > 0) return Math.ceil(res.msBeforeNext / 1000);
  return 0;
}

/** Counts a failure; past the allowance, closes the gate for 2, 4, 8… seconds. */
export async function recordPacedFailure(name: PaceName, key: string): Promise<void> {
  const { freeFailures, maxWaitSeconds } = PACES[name];
  await globalForLimits.huiyinRedisReady;
  const failures = (await paceStore(name, "count").consume(key)).consumedPoints;
  if (failures <= freeFailures) return;
  const wait = Math.min(2 ** (failures - freeFailures), maxWaitSeconds);
  await paceStore(name, "gate").block(key, wait);
}

export async function clearPace(name: PaceName, key: string): Promise<void> {
  await Promise.all(
    (["count", "gate"] as const).map((part) =>
      paceStore(name, part)
        .delete(key)
        .catch(() => undefined),
    ),
  );
}

/** Tests and a configuration change start from fresh counters. */
export async function resetLimiters(): Promise<void> {
  globalForLimits.huiyinLimiters = undefined;
  globalForFailures.huiyinFailureLimiters = undefined;
  globalForPaces.huiyinPaces = undefined;
  const redis = globalForLimits.huiyinRedis;
  globalForLimits.huiyinRedis = undefined;
  globalForLimits.huiyinRedisReady = undefined;
  if (!redis) return;
  // quit() waits for a reply that a Redis which is down never sends; disconnect()
  // also stops the reconnect loop.
  if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}
