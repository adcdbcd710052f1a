import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";

describe("environment", () => {
  it("defaults to the embedded database with no configuration", () => {
    const env = readEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HUIYIN_DATA_DIR).toBe(".data");
    expect(env.HUIYIN_COMMUNITY_SLUG).toBe("yuandong");
    expect(env.HUIYIN_SEED_ON_START).toBe(false);
  });

  it("treats an empty value as unset", () => {
    expect(readEnv({ NODE_ENV: "test", DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgresql URL", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/huiyin";
    expect(readEnv({ NODE_ENV: "test", DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("names the variable that is malformed", () => {
    expect(() => readEnv({ NODE_ENV: "test", DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must be a postgresql/,
    );
    expect(() => readEnv({ NODE_ENV: "test", NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => readEnv({ NODE_ENV: "test", HUIYIN_EMBEDDED_PORT: "99999" })).toThrow(/HUIYIN_EMBEDDED_PORT/);
  });

  it("reads the follow-up delay in whole days, 3 by default", () => {
    expect(readEnv({ NODE_ENV: "test" }).HUIYIN_FOLLOW_UP_DAYS).toBe(3);
    expect(readEnv({ NODE_ENV: "test", HUIYIN_FOLLOW_UP_DAYS: "7" }).HUIYIN_FOLLOW_UP_DAYS).toBe(7);
    expect(() => readEnv({ NODE_ENV: "test", HUIYIN_FOLLOW_UP_DAYS: "-1" })).toThrow(/HUIYIN_FOLLOW_UP_DAYS/);
    expect(() => readEnv({ NODE_ENV: "test", HUIYIN_FOLLOW_UP_DAYS: "2.5" })).toThrow(/HUIYIN_FOLLOW_UP_DAYS/);
  });

  it("parses the seed flag", () => {
    expect(readEnv({ NODE_ENV: "test", HUIYIN_SEED_ON_START: "1" }).HUIYIN_SEED_ON_START).toBe(true);
    expect(readEnv({ NODE_ENV: "test", HUIYIN_SEED_ON_START: "0" }).HUIYIN_SEED_ON_START).toBe(false);
  });
});
