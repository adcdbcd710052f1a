import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { disconnectDb } from "@/lib/db/client";
import { startDraining } from "@/lib/health/draining";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  // Outside a Next request there is no prerender to opt out of.
  connection: () => Promise.resolve(),
}));

await useTestDatabase();
useThrowAwayKeys();
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");

describe("checkHealth", () => {
  it("reports ok when the database answers and the secrets are set", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok", configuration: "ok" });
  });

  it("reports the database unavailable when it does not answer", async () => {
    await disconnectDb();
    const previous = process.env.DATABASE_URL;
    // Port 9 (discard) has no PostgreSQL listening: connection refused.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/none";
    try {
      expect(await checkHealth()).toEqual({ status: "degraded", database: "unavailable", configuration: "ok" });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok", configuration: "ok" });
  });

  // Issue 12, finding 3: a server without its encryption key said "ok", then
  // failed every wish submission.
  it.each(["HUIYIN_ENCRYPTION_KEY", "HUIYIN_LOOKUP_KEY", "NEXTAUTH_SECRET"])(
    "is not ok while %s is missing or malformed",
    async (name) => {
      const previous = process.env[name];
      try {
        delete process.env[name];
        expect(await checkHealth()).toMatchObject({ status: "degraded", configuration: "incomplete" });
        process.env[name] = "c2hvcnQ="; // base64 of five bytes
        expect((await checkHealth()).status).toBe("degraded");
      } finally {
        process.env[name] = previous;
      }
      expect((await checkHealth()).status).toBe("ok");
    },
  );
});

describe("liveness and readiness (issue 15 §3)", () => {
  const request = (path: string) => new Request(`http://localhost${path}`);

  it("is live whatever the database says, and ready only while the database answers", async () => {
    expect((await live()).status).toBe(200);
    const answer = await ready(request("/api/health/ready"));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ status: "ok", database: "ok", draining: false });

    await disconnectDb();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/none";
    try {
      expect((await ready(request("/api/health/ready"))).status).toBe(503);
      // A liveness probe must not restart an instance for its database's outage.
      expect((await live()).status).toBe(200);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
  });

  it("says whether Redis is configured and answers", async () => {
    const body = (await (await ready(request("/api/health/ready"))).json()) as { redis: string };
    expect(body.redis).toBe(process.env.REDIS_URL ? "ok" : "not-configured");
  });

  it("stops being ready once the instance drains on SIGTERM, while staying live", async () => {
    startDraining();
    const answer = await ready(request("/api/health/ready"));
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ status: "degraded", database: "ok", draining: true });
    expect((await live()).status).toBe(200);
  });
});
