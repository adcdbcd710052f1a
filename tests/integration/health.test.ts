import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";
import { disconnectDb } from "@/lib/db/client";
import { useTestDatabase } from "../helpers/use-test-database";

await useTestDatabase();

describe("checkHealth", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });

  it("reports the database unavailable when it does not answer", async () => {
    await disconnectDb();
    const previous = process.env.DATABASE_URL;
    // Port 9 (discard) has no PostgreSQL listening: connection refused.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/none";
    try {
      expect(await checkHealth()).toEqual({ status: "degraded", database: "unavailable" });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = previous;
    }
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });
});
