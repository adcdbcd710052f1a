// SMS_PROVIDER=tencent: the official SDK's real request, received by a local
// server that checks it as Tencent's gateway would (the TC3-HMAC-SHA256
// signature recomputed, the SendSms parameters) and answers with Tencent's own
// response bodies; then which answers are delivered, retried or given up.
//
// The SDK names the signed service after the endpoint's first label, so the
// endpoint keeps Tencent's host name, sms.tencentcloudapi.com, and this file
// resolves that name to the local server, as an /etc/hosts line would: the
// request is the one production makes, only the address differs.
import http, { type ServerResponse } from "node:http";
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import { tencentSms, type TencentSmsConfig } from "@/lib/notifications/channels/tencent-sms";
import type { SmsMessage } from "@/lib/notifications/channels/types";
import {
  closedPort,
  json,
  startLocalHttpServer,
  type LocalHttpServer,
  type ReceivedRequest,
} from "../helpers/local-http-server";
import { checkTc3Signature } from "../helpers/tc3-signature";

const SECRET_ID = "AKID-test-secret-id";
const SECRET_KEY = "test-secret-key-not-a-real-one";
const HOST = "sms.tencentcloudapi.com";

const message: SmsMessage = {
  to: "13800138000",
  text: "【园东社区】您的心愿已收到，查询码 K7Q2-9MZD",
  template: "wish-received",
  params: { link: "https://huiyin.example.org/t/abc", code: "K7Q2-9MZD" },
  id: "ntf-0001",
};

let server: LocalHttpServer;
let answer: (request: ReceivedRequest, response: ServerResponse) => void;
const originalAgent = http.globalAgent;

function status(code: string, text: string, serialNo = "") {
  return (_: ReceivedRequest, res: ServerResponse) =>
    json(res, 200, {
      Response: {
        SendStatusSet: [
          {
            SerialNo: serialNo,
            PhoneNumber: "+8613800138000",
            Fee: code === "Ok" ? 1 : 0,
            SessionContext: "ntf-0001",
            Code: code,
            Message: text,
            IsoCode: "CN",
          },
        ],
        RequestId: "a0aabda6-cf91-4f3e-a81f-9198114a2279",
      },
    });
}

function failure(code: string, text: string) {
  return (_: ReceivedRequest, res: ServerResponse) =>
    json(res, 200, {
      Response: { Error: { Code: code, Message: text }, RequestId: "b1bbcde7-0000-4000-8000-000000000002" },
    });
}

const ok = status("Ok", "send success", "5000:1045710669157053657849499619");

beforeAll(async () => {
  server = await startLocalHttpServer((request, res) => {
    const { problems, service } = checkTc3Signature(request, { [SECRET_ID]: SECRET_KEY });
    if (service !== "sms") problems.push(`signed for service ${service}, not sms`);
    if (problems.length > 0) {
      failure(
        "AuthFailure.SignatureFailure",
        `The provided credentials could not be validated: ${problems.join("; ")}`,
      )(request, res);
      return;
    }
    answer(request, res);
  });
  // sms.tencentcloudapi.com → this machine, for every request without an agent of its own.
  http.globalAgent = new http.Agent({
    lookup: (hostname, options, callback) => {
      const address = hostname === HOST ? "127.0.0.1" : hostname;
      if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, [{ address, family: 4 }]);
      else callback(null, address, 4);
    },
  });
});
afterAll(async () => {
  http.globalAgent = originalAgent;
  await server.close();
});
beforeEach(() => {
  server.received.length = 0;
  answer = ok;
});

function channel(overrides: Partial<TencentSmsConfig> = {}) {
  return tencentSms({
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    sdkAppId: "1400006666",
    signName: "园东社区",
    templates: { "wish-received": { id: "1234567", params: ["code", "link"] } },
    endpoint: `http://${HOST}:${server.port}`,
    ...overrides,
  });
}

describe("Tencent Cloud SMS through the official SDK", () => {
  it("sends SendSms with a valid signature, the phone, app, sign, template, ordered params and our id", async () => {
    const result = await channel().send(message);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(checkTc3Signature(request!, { [SECRET_ID]: SECRET_KEY })).toMatchObject({ service: "sms", problems: [] });
    expect(request?.method).toBe("POST");
    expect(request?.headers["x-tc-action"]).toBe("SendSms");
    expect(request?.headers["x-tc-version"]).toBe("2021-01-11");
    expect(request?.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(JSON.parse(request!.body.toString("utf8"))).toEqual({
      PhoneNumberSet: ["+8613800138000"],
      SmsSdkAppId: "1400006666",
      SignName: "园东社区",
      TemplateId: "1234567",
      // {1} is the code and {2} the link, as the template map says, whatever the params' order.
      TemplateParamSet: ["K7Q2-9MZD", "https://huiyin.example.org/t/abc"],
      SessionContext: "ntf-0001",
    });
    expect(result).toEqual({ ok: true, providerId: "5000:1045710669157053657849499619" });
  });

  it("is refused when signed with another key: the check above is real", async () => {
    const result = await channel({ secretKey: "a-different-key" }).send(message);
    expect(server.received).toHaveLength(1);
    expect(result).toEqual({ ok: false, retry: true, code: "tencent.AuthFailure.SignatureFailure" });
  });

  it("retries frequency limits, an empty package and Tencent's own failures", async () => {
    const cases = [
      status(
        "LimitExceeded.PhoneNumberThirtySecondLimit",
        "the number of sms messages sent from a single mobile number within 30 seconds exceeds the upper limit",
      ),
      status(
        "LimitExceeded.PhoneNumberDailyLimit",
        "the number of sms messages sent from a single mobile number every day exceeds the upper limit",
      ),
      status("FailedOperation.InsufficientBalanceInSmsPackage", "insufficient balance in SMS package"),
      failure("RequestLimitExceeded", "request limit exceeded"),
      failure("InternalError.Timeout", "timeout"),
    ];
    const expected = [
      "tencent.LimitExceeded.PhoneNumberThirtySecondLimit",
      "tencent.LimitExceeded.PhoneNumberDailyLimit",
      "tencent.FailedOperation.InsufficientBalanceInSmsPackage",
      "tencent.RequestLimitExceeded",
      "tencent.InternalError.Timeout",
    ];
    for (const [i, handler] of cases.entries()) {
      answer = handler;
      expect(await channel().send(message)).toEqual({ ok: false, retry: true, code: expected[i] });
    }
  });

  it("gives up on what is wrong with the message itself", async () => {
    for (const code of [
      "InvalidParameterValue.IncorrectPhoneNumber",
      "FailedOperation.PhoneNumberInBlacklist",
      "FailedOperation.TemplateIncorrectOrUnapproved",
    ]) {
      answer = status(code, "+8613800138000 is not a valid number");
      const result = await channel().send(message);
      expect(result, code).toEqual({ ok: false, retry: false, code: `tencent.${code}` });
      expect(JSON.stringify(result)).not.toContain("13800138000");
    }
  });

  it("gives up, without calling Tencent, on a template or template param it does not have", async () => {
    expect(await channel().send({ ...message, template: "market-day-reminder" })).toEqual({
      ok: false,
      retry: false,
      code: "template-not-configured:market-day-reminder",
    });
    expect(await channel().send({ ...message, params: { code: "K7Q2-9MZD" } })).toEqual({
      ok: false,
      retry: false,
      code: "template-param-missing:link",
    });
    expect(server.received).toHaveLength(0);
  });

  it("retries a gateway error status, no answer in time, and nothing listening", async () => {
    answer = (_, res) => json(res, 502, { message: "bad gateway" });
    expect(await channel().send(message)).toEqual({ ok: false, retry: true, code: "http-502" });
    answer = () => {
      // Never answers.
    };
    expect(await channel({ timeoutMs: 1000 }).send(message)).toEqual({ ok: false, retry: true, code: "timeout" });
    const refused = await channel({ endpoint: `http://${HOST}:${await closedPort()}` }).send(message);
    expect(refused).toEqual({ ok: false, retry: true, code: "network" });
  });

  it("is what SMS_PROVIDER=tencent builds, with the community's sign name and ap-guangzhou by default", async () => {
    const env = readEnv({
      NODE_ENV: "test",
      SMS_PROVIDER: "tencent",
      TENCENT_SMS_SECRET_ID: SECRET_ID,
      TENCENT_SMS_SECRET_KEY: SECRET_KEY,
      TENCENT_SMS_SDK_APP_ID: "1400006666",
      TENCENT_SMS_TEMPLATES: '{"wish-received":{"id":"1234567","params":["code","link"]}}',
      TENCENT_SMS_ENDPOINT: `http://${HOST}:${server.port}`,
    });
    const sms = smsChannelFromEnv(env);
    expect(sms.provider).toBe("tencent");
    expect(await sms.send(message)).toMatchObject({ ok: true });
    const body = JSON.parse(server.received[0]!.body.toString("utf8")) as { SignName: string };
    expect(body.SignName).toBe("园东社区");
    expect(server.received[0]?.headers["x-tc-region"]).toBe("ap-guangzhou");
  });
});
