// `npm run notify:test`, run as an operator runs it: one test message through
// the configured channel, the answer printed with the phone masked, exit 1 when
// the message was not accepted or the settings are incomplete.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { json, startLocalHttpServer, type LocalHttpServer } from "../helpers/local-http-server";
import { runScript, type ScriptEnv } from "../helpers/run-script";

// Each run starts Node and tsx: slow on a busy CI machine.
vi.setConfig({ testTimeout: 120_000 });

let gateway: LocalHttpServer;
beforeAll(async () => {
  gateway = await startLocalHttpServer((_, res) => json(res, 200, {}));
});
afterAll(() => gateway.close());
beforeEach(() => {
  gateway.received.length = 0;
});

/** A shell with nothing configured but what the test passes. */
function env(extra: ScriptEnv): ScriptEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...extra };
}

describe("npm run notify:test", () => {
  it("sends one SMS through the webhook and prints the result with the phone masked", async () => {
    const { status, out } = await runScript("scripts/notify-test.ts", ["--sms", "138 0013 8000"], {
      env: env({ SMS_PROVIDER: "webhook", SMS_WEBHOOK_URL: `${gateway.origin}/sms` }),
    });
    expect(out).toContain("notify:test: SMS via webhook to 138****8000: accepted");
    expect(out).not.toContain("13800138000");
    expect(status).toBe(0);
    expect(gateway.received).toHaveLength(1);
    const body = JSON.parse(gateway.received[0]!.body.toString("utf8")) as { to: string; text: string };
    expect(body.to).toBe("13800138000");
    expect(body.text).toMatch(/^【园东社区】/);
  });

  it("exits 1 and says so when the gateway refuses", async () => {
    gateway.handle((_, res) => json(res, 503, {}));
    const { status, out } = await runScript("scripts/notify-test.ts", ["--sms", "13800138000"], {
      env: env({ SMS_PROVIDER: "webhook", SMS_WEBHOOK_URL: gateway.origin }),
    });
    expect(out).toContain("failed, would be retried: http-503");
    expect(status).toBe(1);
  });

  it("refuses to run with the webhook chosen but no URL, naming the variable", async () => {
    const { status, out } = await runScript("scripts/notify-test.ts", ["--sms", "13800138000"], {
      env: env({ SMS_PROVIDER: "webhook" }),
    });
    expect(out).toContain("SMS_WEBHOOK_URL: is required when SMS_PROVIDER=webhook");
    expect(status).not.toBe(0);
  });
});
