// SMS_PROVIDER=aliyun: the official SDK's real request, received by a local
// server that checks it as Aliyun's gateway would (the ACS3-HMAC-SHA256
// signature recomputed, the SendSms parameters) and answers with Aliyun's own
// response bodies; then which answers are delivered, retried or given up.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { aliyunSms, type AliyunSmsConfig } from "@/lib/notifications/channels/aliyun-sms";
import { smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import type { SmsMessage } from "@/lib/notifications/channels/types";
import { checkAcs3Signature } from "../helpers/acs3-signature";
import {
  closedPort,
  json,
  startLocalHttpServer,
  type LocalHttpServer,
  type ReceivedRequest,
} from "../helpers/local-http-server";

const ACCESS_KEY_ID = "LTAI-test-key-id";
const ACCESS_KEY_SECRET = "test-secret-not-a-real-one";

const message: SmsMessage = {
  to: "13800138000",
  text: "【园东社区】您的心愿已收到，查询码 K7Q2-9MZD",
  template: "wish-received",
  params: { code: "K7Q2-9MZD", link: "https://huiyin.example.org/t/abc?x=1&y=(2)" },
  id: "ntf-0001",
};

let server: LocalHttpServer;
/** What the "Aliyun" server answers once a request passed the signature check. */
let answer: (request: ReceivedRequest, response: ServerResponse) => void;
const ok = (_: ReceivedRequest, res: ServerResponse) =>
  json(res, 200, {
    Message: "OK",
    RequestId: "F655A8D5-B967-440B-8683-DAD6FF8DE990",
    Code: "OK",
    BizId: "900619746936498440^0",
  });

beforeAll(async () => {
  server = await startLocalHttpServer((request, res) => {
    const { problems } = checkAcs3Signature(request, { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET });
    if (problems.length > 0) {
      // Aliyun's answer to a bad signature: HTTP 400 with this code.
      json(res, 400, {
        RequestId: "2C4D5B3A-0000-4000-8000-000000000001",
        HostId: "dysmsapi.aliyuncs.com",
        Code: "SignatureDoesNotMatch",
        Message: `Specified signature does not match our calculation: ${problems.join("; ")}`,
      });
      return;
    }
    answer(request, res);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  answer = ok;
});

function channel(overrides: Partial<AliyunSmsConfig> = {}) {
  return aliyunSms({
    accessKeyId: ACCESS_KEY_ID,
    accessKeySecret: ACCESS_KEY_SECRET,
    signName: "园东社区",
    templates: { "wish-received": "SMS_123456789" },
    endpoint: server.origin,
    ...overrides,
  });
}

function codeAnswer(status: number, code: string, text: string) {
  return (_: ReceivedRequest, res: ServerResponse) =>
    json(res, status, { Message: text, RequestId: "7B8C9D0E-0000-4000-8000-000000000002", Code: code });
}

describe("Aliyun SMS through the official SDK", () => {
  it("sends SendSms with a valid signature, the phone, sign, template, params and our id", async () => {
    const result = await channel().send(message);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    // The signature passed (or the server would have answered SignatureDoesNotMatch).
    expect(checkAcs3Signature(request!, { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET }).problems).toEqual([]);
    expect(request?.method).toBe("POST");
    expect(request?.headers["x-acs-action"]).toBe("SendSms");
    expect(request?.headers["x-acs-version"]).toBe("2017-05-25");
    const query = new URL(request!.url, "http://x").searchParams;
    expect(query.get("PhoneNumbers")).toBe("13800138000");
    expect(query.get("SignName")).toBe("园东社区");
    expect(query.get("TemplateCode")).toBe("SMS_123456789");
    expect(JSON.parse(query.get("TemplateParam") ?? "null")).toEqual(message.params);
    expect(query.get("OutId")).toBe("ntf-0001");
    expect(result).toEqual({ ok: true, providerId: "900619746936498440^0" });
  });

  it("is refused when signed with another secret: the check above is real", async () => {
    const result = await channel({ accessKeySecret: "a-different-secret" }).send(message);
    expect(server.received).toHaveLength(1);
    // A key that does not work is retried: it is a configuration being fixed, not a bad message.
    expect(result).toEqual({ ok: false, retry: true, code: "aliyun.SignatureDoesNotMatch" });
  });

  it("retries throttling and Aliyun's own failures", async () => {
    const cases: [number, string][] = [
      [200, "isv.BUSINESS_LIMIT_CONTROL"],
      [200, "isv.AMOUNT_NOT_ENOUGH"],
      [200, "isp.SYSTEM_ERROR"],
      [400, "Throttling.User"],
      [503, "ServiceUnavailable"],
      [500, "InternalError"],
    ];
    for (const [status, code] of cases) {
      answer = codeAnswer(status, code, "触发分钟级流控Permits:1");
      expect(await channel().send(message), code).toEqual({ ok: false, retry: true, code: `aliyun.${code}` });
    }
  });

  it("gives up on what is wrong with the message itself", async () => {
    for (const code of ["isv.MOBILE_NUMBER_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL", "isv.TEMPLATE_MISSING_PARAMETERS"]) {
      answer = codeAnswer(200, code, "非法手机号 13800138000");
      const result = await channel().send(message);
      expect(result, code).toEqual({ ok: false, retry: false, code: `aliyun.${code}` });
      // Only the code is kept: Aliyun's message may quote the phone number.
      expect(JSON.stringify(result)).not.toContain("13800138000");
    }
  });

  it("gives up, without calling Aliyun, on a template it has no code for", async () => {
    const result = await channel().send({ ...message, template: "market-day-reminder" });
    expect(result).toEqual({ ok: false, retry: false, code: "template-not-configured:market-day-reminder" });
    expect(server.received).toHaveLength(0);
  });

  it("retries when Aliyun cannot be reached or does not answer in time", async () => {
    const refused = await channel({ endpoint: `http://127.0.0.1:${await closedPort()}` }).send(message);
    expect(refused).toEqual({ ok: false, retry: true, code: "network" });
    answer = () => {
      // Never answers.
    };
    const started = Date.now();
    const silent = await channel({ timeoutMs: 500 }).send(message);
    expect(silent).toEqual({ ok: false, retry: true, code: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("is what SMS_PROVIDER=aliyun builds, with the community's sign name by default", async () => {
    const env = readEnv({
      NODE_ENV: "test",
      SMS_PROVIDER: "aliyun",
      ALIYUN_SMS_ACCESS_KEY_ID: ACCESS_KEY_ID,
      ALIYUN_SMS_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
      ALIYUN_SMS_TEMPLATES: '{"wish-received":"SMS_123456789"}',
      ALIYUN_SMS_ENDPOINT: server.origin,
    });
    const sms = smsChannelFromEnv(env);
    expect(sms.provider).toBe("aliyun");
    expect(await sms.send(message)).toMatchObject({ ok: true });
    const query = new URL(server.received[0]!.url, "http://x").searchParams;
    expect(query.get("SignName")).toBe("园东社区");
  });
});
