// Finding 11: re-sending another resident's idempotency key returned that
// resident's tracking code. Now a repeated key gets the first answer only from
// the same device with the same fields; anything else is a conflict (409 on the
// API, a message on the form) that reveals no code and stores nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { acceptWish, receiveWish } from "@/lib/wishes/receive-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// The API route reads the device cookie through next/headers.
const device = vi.hoisted(() => ({ id: "" }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.9" })),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (name === "huiyin-device" && device.id ? { name, value: device.id } : undefined),
      set: () => undefined,
      delete: () => undefined,
    }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});
beforeEach(() => resetLimiters());

const { POST } = await import("@/app/api/wishes/route");

const fields = (key: string, content = "楼下的路灯坏了，请修一下。") => ({
  kind: "wish",
  category: "other",
  content,
  phone: "13812345678",
  consent: "on",
  idempotencyKey: key,
});
const keysOf = (name: string) => ({ deviceKey: `device-${name}`, ipKey: "ip-shared" });

function post(body: Record<string, string>): Request {
  return new Request("http://localhost/api/wishes", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body).toString(),
  });
}

describe("a replayed idempotency key", () => {
  it("from another device never gets the first resident's code (service)", async () => {
    const key = randomUUID();
    const first = await receiveWish(fields(key), keysOf(`a-${key}`));
    if (!first.ok) throw new Error("first submission refused");
    const replay = await receiveWish(fields(key), keysOf(`b-${key}`));
    expect(replay).toEqual({ ok: false, reason: "conflict" });
    expect(JSON.stringify(replay)).not.toContain(first.wish.trackingCode);
    await expect(acceptWish(wishFormSchema.parse(fields(key)), keysOf(`c-${key}`))).rejects.toMatchObject({
      code: "wishForm.errors.form.alreadySent",
    });
    expect(await testDb.prisma.wish.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("from the same device with other fields is a conflict too", async () => {
    const key = randomUUID();
    expect((await receiveWish(fields(key), keysOf(key))).ok).toBe(true);
    expect(await receiveWish(fields(key, "完全不同的另一条心愿内容。"), keysOf(key))).toEqual({
      ok: false,
      reason: "conflict",
    });
  });

  it("from the same device with the same fields still gets its first answer, racing or not", async () => {
    const key = randomUUID();
    const same = keysOf(key);
    const answers = await Promise.all(Array.from({ length: 10 }, () => receiveWish(fields(key), same)));
    const codes = new Set(answers.map((a) => (a.ok ? a.wish.trackingCode : "refused")));
    expect(codes.size).toBe(1);
    expect(codes.has("refused")).toBe(false);
    expect(answers.filter((a) => a.ok && !a.wish.replayed)).toHaveLength(1);
    expect(await testDb.prisma.wish.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("POST /api/wishes: 200 with the code for the same device, 409 without it for another", async () => {
    const key = randomUUID();
    device.id = randomUUID();
    const created = await POST(post(fields(key)));
    expect(created.status).toBe(201);
    const { trackingCode } = (await created.json()) as { trackingCode: string };

    const again = await POST(post(fields(key)));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(trackingCode);

    device.id = randomUUID();
    const stranger = await POST(post(fields(key)));
    expect(stranger.status).toBe(409);
    const body = await stranger.text();
    expect(body).not.toContain(trackingCode);
    expect(JSON.parse(body)).toEqual({ errors: { form: ["form.alreadySent"] } });

    // A client with no device cookie at all is another device as well.
    device.id = "";
    expect((await POST(post(fields(key)))).status).toBe(409);
  });
});
