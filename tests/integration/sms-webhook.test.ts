// SMS_PROVIDER=webhook against a real local HTTP server: the documented body,
// byte for byte, its signature, and which answers are delivered or retried.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { webhookSms } from "@/lib/notifications/channels/webhook-sms";
import type { SmsMessage } from "@/lib/notifications/channels/types";
import { closedPort, json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";

const message: SmsMessage = {
  to: "13800138000",
  text: "【园东社区】您的心愿已收到，查询码 K7Q2-9MZD，进度请看 https://huiyin.example.org/t/abc",
  template: "wish-received",
  params: { code: "K7Q2-9MZD", link: "https://huiyin.example.org/t/abc" },
  id: "ntf-0001",
};

let server: LocalHttpServer;
beforeAll(async () => {
  server = await startLocalHttpServer((_, res) => json(res, 200, { accepted: true }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  server.handle((_, res) => json(res, 200, { accepted: true }));
});

describe("webhook SMS", () => {
  it("POSTs exactly the documented JSON and counts a 2xx as delivered", async () => {
    const result = await webhookSms({ url: `${server.origin}/sms` }).send(message);
    expect(result).toEqual({ ok: true });
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/sms");
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(request?.body.toString("utf8")).toBe(
      '{"to":"13800138000","text":"【园东社区】您的心愿已收到，查询码 K7Q2-9MZD，进度请看 https://huiyin.example.org/t/abc",' +
        '"template":"wish-received","params":{"code":"K7Q2-9MZD","link":"https://huiyin.example.org/t/abc"},"id":"ntf-0001"}',
    );
    // Unsigned without a secret: a gateway must not see an empty or fake signature.
    expect(request?.headers["x-huiyin-signature"]).toBeUndefined();
  });

  it("signs the raw body with SMS_WEBHOOK_SECRET", async () => {
    const secret = "a-gateway-shared-secret";
    await webhookSms({ url: server.origin, secret }).send(message);
    const [request] = server.received;
    const expected = createHmac("sha256", secret)
      .update(request?.body ?? Buffer.alloc(0))
      .digest("hex");
    expect(request?.headers["x-huiyin-signature"]).toBe(`sha256=${expected}`);
    // And a different secret gives a different signature: the gateway can tell.
    const other = createHmac("sha256", "another-secret-entirely").update(request?.body ?? Buffer.alloc(0));
    expect(request?.headers["x-huiyin-signature"]).not.toBe(`sha256=${other.digest("hex")}`);
  });

  it("takes any 2xx as delivered", async () => {
    server.handle((_, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await webhookSms({ url: server.origin }).send(message)).toEqual({ ok: true });
  });

  it("retries a 500, a 429 and even a 400 (the issue: anything but 2xx is retried)", async () => {
    for (const status of [500, 429, 400]) {
      server.handle((_, res) => json(res, status, { error: "no" }));
      expect(await webhookSms({ url: server.origin }).send(message)).toEqual({
        ok: false,
        retry: true,
        code: `http-${status}`,
      });
    }
  });

  it("retries a redirect rather than following it with the message", async () => {
    server.handle((_, res) => {
      res.writeHead(302, { location: "http://127.0.0.1:9/elsewhere" });
      res.end();
    });
    const result = await webhookSms({ url: server.origin }).send(message);
    expect(result).toMatchObject({ ok: false, retry: true });
    expect(server.received).toHaveLength(1);
  });

  it("retries when the gateway does not answer in time", async () => {
    server.handle(() => {
      // Never answers.
    });
    const started = Date.now();
    const result = await webhookSms({ url: server.origin, timeoutMs: 300 }).send(message);
    expect(result).toEqual({ ok: false, retry: true, code: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("retries when nothing listens", async () => {
    const port = await closedPort();
    const result = await webhookSms({ url: `http://127.0.0.1:${port}/sms` }).send(message);
    expect(result).toEqual({ ok: false, retry: true, code: "network" });
  });

  it("refuses a number that is not a mainland mobile, without calling the gateway", async () => {
    const result = await webhookSms({ url: server.origin }).send({ ...message, to: "0755-1234567" });
    expect(result).toEqual({ ok: false, retry: false, code: "invalid-phone" });
    expect(server.received).toHaveLength(0);
  });
});
