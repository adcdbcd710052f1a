// When PostgreSQL cannot be reached, POST /api/wishes answers 503 "unavailable"
// (send again, the same key) instead of an unhandled 500, and logs only the
// kind of error: never the resident's text or phone.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers()),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

useThrowAwayKeys();
// Port 9 (discard): nothing speaks PostgreSQL there, like a stopped server.
const realUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:9/huiyin";
afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = realUrl;
});

const { POST } = await import("@/app/api/wishes/route");

describe("POST /api/wishes with the database away", () => {
  it("answers 503 with a retry hint and logs no personal data", async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(" "));
    });
    try {
      const response = await POST(
        new Request("http://localhost/api/wishes", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            kind: "wish",
            category: "other",
            content: "楼下的路灯坏了，请修一下。",
            phone: "13812345678",
            consent: "on",
            idempotencyKey: randomUUID(),
          }).toString(),
        }),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(await response.json()).toEqual({ error: "unavailable", message: "forms.errors.failed" });
    } finally {
      spy.mockRestore();
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toMatch(/13812345678|路灯/);
  });
});
