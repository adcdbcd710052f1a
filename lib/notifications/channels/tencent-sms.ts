// SMS_PROVIDER=tencent: Tencent Cloud SMS through its official SDK (only
// tencentcloud-sdk-nodejs-sms, not the whole Tencent Cloud SDK), action SendSms
// of API 2021-01-11. The SDK signs each request (TC3-HMAC-SHA256);
// tests/integration/sms-tencent.test.ts checks that signature on a local server.
//
// Tencent sends only approved templates, whose variables are numbered {1}, {2}…:
// TENCENT_SMS_TEMPLATES names, per template, which of our params fills each
// position. SessionContext carries our notification id; Tencent echoes it in
// delivery receipts.

import { recipientProblem } from "./check-recipient";
import { giveUp, retryLater } from "./send-result";
import { tencentResult } from "./tencent-codes";
import type { SendResult, SmsChannel, SmsMessage } from "./types";

export interface TencentTemplate {
  /** Tencent's TemplateId. */
  id: string;
  /** Our param names in the order of the template's {1}, {2}, … */
  params: string[];
}

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  /** SmsSdkAppId, e.g. 1400006666. */
  sdkAppId: string;
  /** The approved sign name, without 【】. */
  signName: string;
  templates: Record<string, TencentTemplate>;
  region?: string;
  /**
   * Default https://sms.tencentcloudapi.com. The host must start with "sms.":
   * the SDK signs with the first label of the host as the service name.
   */
  endpoint?: string;
  timeoutMs?: number;
}

const DEFAULT_ENDPOINT = "https://sms.tencentcloudapi.com";
const DEFAULT_REGION = "ap-guangzhou";
const DEFAULT_TIMEOUT_MS = 10_000;

type SmsModule = typeof import("tencentcloud-sdk-nodejs-sms");
type TencentClient = InstanceType<SmsModule["sms"]["v20210111"]["Client"]>;

export function tencentSms(config: TencentSmsConfig): SmsChannel {
  let client: Promise<TencentClient> | undefined;
  return {
    provider: "tencent",
    async send(message: SmsMessage) {
      const problem = recipientProblem(message);
      if (problem) return problem;
      const template = config.templates[message.template];
      if (!template) return giveUp(`template-not-configured:${message.template}`);
      const missing = template.params.find((name) => message.params[name] === undefined);
      if (missing) return giveUp(`template-param-missing:${missing}`);
      // Loaded on first use: most deployments use another provider.
      client ??= createClient(config);
      try {
        const response = await (
          await client
        ).SendSms({
          PhoneNumberSet: [`+86${message.to}`],
          SmsSdkAppId: config.sdkAppId,
          SignName: config.signName,
          TemplateId: template.id,
          TemplateParamSet: template.params.map((name) => message.params[name] ?? ""),
          SessionContext: message.id,
        });
        const status = response.SendStatusSet?.[0];
        return tencentResult(status?.Code, status?.SerialNo);
      } catch (error) {
        return fromError(error);
      }
    },
  };
}

async function createClient(config: TencentSmsConfig): Promise<TencentClient> {
  const { sms } = await import("tencentcloud-sdk-nodejs-sms");
  const url = new URL(config.endpoint ?? DEFAULT_ENDPOINT);
  return new sms.v20210111.Client({
    credential: { secretId: config.secretId, secretKey: config.secretKey },
    region: config.region ?? DEFAULT_REGION,
    profile: {
      httpProfile: {
        endpoint: url.host,
        protocol: `${url.protocol}//`,
        // Seconds, in this SDK.
        reqTimeout: Math.ceil((config.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000),
      },
    },
  });
}

/**
 * The SDK throws TencentCloudSDKHttpException: with `code` for an error answer
 * (Response.Error.Code), `httpCode` for a non-200 status, neither for a network
 * failure, whose message (never shown) tells a timeout apart.
 */
function fromError(error: unknown): SendResult {
  const { code, httpCode, message } = (error ?? {}) as { code?: unknown; httpCode?: unknown; message?: unknown };
  if (typeof code === "string" && code) return tencentResult(code);
  if (typeof httpCode === "number") return retryLater(`http-${httpCode}`);
  return retryLater(typeof message === "string" && /timeout/i.test(message) ? "timeout" : "network");
}
