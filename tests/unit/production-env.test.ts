// Issue 12, finding 3: a production server started without its secrets and said
// it was healthy. Before this module there was no start-up check at all.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { assertProductionEnv, productionEnvProblems, ProductionEnvError } from "@/lib/production-env";
import { readEnv } from "@/lib/env";

const good = {
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  HUIYIN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  HUIYIN_LOOKUP_KEY: randomBytes(32).toString("base64"),
  NEXTAUTH_URL: "https://huiyin.example.org",
};

describe("production environment check", () => {
  it("accepts a complete https configuration", () => {
    expect(productionEnvProblems(good)).toEqual([]);
    expect(() => assertProductionEnv(good)).not.toThrow();
  });

  it("names every missing variable at once", () => {
    const problems = productionEnvProblems({});
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "NEXTAUTH_SECRET",
      "HUIYIN_ENCRYPTION_KEY",
      "HUIYIN_LOOKUP_KEY",
      "NEXTAUTH_URL",
    ]);
    expect(() => assertProductionEnv({})).toThrow(ProductionEnvError);
  });

  it("requires one fixed Server Actions key when instances share Redis, and checks it when set", () => {
    const shared = { ...good, REDIS_URL: "redis://redis.internal:6379" };
    expect(productionEnvProblems(shared).map((p) => p.split(":")[0])).toEqual(["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]);
    const actionsKey = randomBytes(32).toString("base64");
    expect(productionEnvProblems({ ...shared, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey })).toEqual([]);
    // One instance without Redis may leave it to the build's own key.
    expect(productionEnvProblems(good)).toEqual([]);
    expect(
      productionEnvProblems({ ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(16).toString("base64") }),
    ).toEqual(["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be base64 of exactly 32 bytes"]);
  });

  it("requires an encryption key of exactly 32 bytes", () => {
    for (const bytes of [16, 31, 33, 64]) {
      const key = randomBytes(bytes).toString("base64");
      expect(productionEnvProblems({ ...good, HUIYIN_ENCRYPTION_KEY: key })).toEqual([
        "HUIYIN_ENCRYPTION_KEY: must be base64 of exactly 32 bytes",
      ]);
    }
    expect(productionEnvProblems({ ...good, HUIYIN_ENCRYPTION_KEY: "not base64!" })).toHaveLength(1);
  });

  it("requires a lookup key of at least 32 bytes", () => {
    expect(productionEnvProblems({ ...good, HUIYIN_LOOKUP_KEY: randomBytes(64).toString("base64") })).toEqual([]);
    expect(productionEnvProblems({ ...good, HUIYIN_LOOKUP_KEY: randomBytes(16).toString("base64") })).toEqual([
      "HUIYIN_LOOKUP_KEY: must be base64 of at least 32 bytes",
    ]);
  });

  it("requires a long session secret", () => {
    expect(productionEnvProblems({ ...good, NEXTAUTH_SECRET: "short" })).toEqual([
      "NEXTAUTH_SECRET: must be at least 32 characters",
    ]);
  });

  it("requires https unless HUIYIN_ALLOW_HTTP=1 opts in for a closed intranet", () => {
    const http = { ...good, NEXTAUTH_URL: "http://10.0.0.5:3000" };
    expect(productionEnvProblems(http)).toEqual([expect.stringMatching(/^NEXTAUTH_URL: must be https/)]);
    expect(productionEnvProblems({ ...http, HUIYIN_ALLOW_HTTP: "0" })).toHaveLength(1);
    expect(productionEnvProblems({ ...http, HUIYIN_ALLOW_HTTP: "1" })).toEqual([]);
    expect(productionEnvProblems({ ...good, NEXTAUTH_URL: "not a url" })).toEqual(["NEXTAUTH_URL: is not a URL"]);
  });

  it("never prints a secret's value", () => {
    const weak = { ...good, NEXTAUTH_SECRET: "s3cr3t-value", HUIYIN_LOOKUP_KEY: "c2hvcnQ=" };
    const message = (() => {
      try {
        assertProductionEnv(weak);
        return "";
      } catch (error) {
        return error instanceof Error ? error.message : "";
      }
    })();
    expect(message).toMatch(/NEXTAUTH_SECRET/);
    expect(message).not.toContain("s3cr3t-value");
    expect(message).not.toContain("c2hvcnQ=");
  });

  it("parses HUIYIN_ALLOW_HTTP as a flag in lib/env", () => {
    expect(readEnv({ NODE_ENV: "test" }).HUIYIN_ALLOW_HTTP).toBe(false);
    expect(readEnv({ NODE_ENV: "test", HUIYIN_ALLOW_HTTP: "1" }).HUIYIN_ALLOW_HTTP).toBe(true);
  });
});
