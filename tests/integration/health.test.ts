import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { disconnectDb } from "@/lib/db/client";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

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
