// The wish form's rate limits: per device, then per IP, in memory and in Redis.
// The Redis run asserts behaviour, not the store: when Redis is unreachable the
// insurance (memory) limiter must give the same answers.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { consume, resetLimiters } from "@/lib/rate-limit/limiter";
import { markEdgeServer, servedByEdge } from "@/lib/http/edge-marker";
import { clientIp } from "@/lib/rate-limit/request-identity";

const DEVICE_POINTS = 5;
const IP_POINTS = 8;

function lowLimits(): void {
  process.env.RATE_WISH_DEVICE_POINTS = String(DEVICE_POINTS);
  process.env.RATE_WISH_DEVICE_SECONDS = "60";
  process.env.RATE_WISH_IP_POINTS = String(IP_POINTS);
  process.env.RATE_WISH_IP_SECONDS = "60";
}

/** Keys unique to this run and test, so Redis counts from earlier runs never interfere. */
function keys() {
  const run = randomUUID();
  return { ip: `${run}:ip`, device: (n: number) => `${run}:device-${n}` };
}

const wish = (device: string, ip: string) =>
  consume([
    { name: "wish-device", key: device },
    { name: "wish-ip", key: ip },
  ]);

function limitBehaviour(store: string, configure: () => void) {
  describe(`rate limits (${store})`, () => {
    beforeEach(async () => {
      await resetLimiters();
      lowLimits();
      configure();
    });
    afterAll(async () => {
      await resetLimiters();
      delete process.env.REDIS_URL;
    });

    it("stops the sixth submission from one device", async () => {
      const k = keys();
      for (let i = 0; i < DEVICE_POINTS; i++) expect(await wish(k.device(1), k.ip)).toEqual({ ok: true });
      const sixth = await wish(k.device(1), k.ip);
      expect(sixth.ok).toBe(false);
    });

    it("lets another device on the same network through until the IP limit", async () => {
      const k = keys();
      for (let i = 0; i < DEVICE_POINTS; i++) expect((await wish(k.device(1), k.ip)).ok).toBe(true);
      expect((await wish(k.device(1), k.ip)).ok).toBe(false);
      // A neighbour on the same Wi-Fi: the IP has 8 - 5 = 3 points left.
      for (let i = 0; i < IP_POINTS - DEVICE_POINTS; i++) expect((await wish(k.device(2), k.ip)).ok).toBe(true);
      expect((await wish(k.device(2), k.ip)).ok).toBe(false);
      // A third device on the same network is held by the IP limit at once.
      expect((await wish(k.device(3), k.ip)).ok).toBe(false);
    });

    it("says how long to wait", async () => {
      const k = keys();
      for (let i = 0; i < DEVICE_POINTS; i++) await wish(k.device(1), k.ip);
      const outcome = await wish(k.device(1), k.ip);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.retryAfterSeconds).toBeGreaterThan(0);
      expect(outcome.retryAfterSeconds).toBeLessThanOrEqual(60);
    });
  });
}

limitBehaviour("memory", () => {
  delete process.env.REDIS_URL;
});

// CI has Redis at this address; elsewhere the insurance limiter answers instead.
limitBehaviour("Redis", () => {
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
});

limitBehaviour("Redis unreachable", () => {
  // Port 9 (discard): nothing answers, so every point goes to the insurance limiter.
  process.env.REDIS_URL = "redis://127.0.0.1:9";
});

describe("clientIp", () => {
  it("ignores the header unless the edge server marked this process", () => {
    // Under a bare `next start` nobody overwrites the header, so a client could
    // choose its address: it is not believed.
    expect(servedByEdge()).toBe(false);
    expect(clientIp("203.0.113.9")).toBe("unknown");
    markEdgeServer();
    expect(clientIp(" 198.51.100.7 ")).toBe("198.51.100.7");
    expect(clientIp(null)).toBe("unknown");
  });
});
