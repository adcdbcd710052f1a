// SMS_PROVIDER=aliyun: Alibaba Cloud SMS through its official SDK
// (@alicloud/dysmsapi20170525), action SendSms. The SDK signs each request
// (ACS3-HMAC-SHA256); tests/integration/sms-aliyun.test.ts checks that signature
// on a local server.
//
// Aliyun sends only approved templates: `text` is not sent, the template
// approved under TemplateCode is filled from `params` (TemplateParam, JSON), so
// the template's ${variables} must be named like our params. OutId carries our
// notification id, so the delivery receipts and Aliyun's console lead back to it.

import { cjsDefault } from "./cjs-default";
import { aliyunResult } from "./aliyun-codes";
import { recipientProblem } from "./check-recipient";
import { giveUp, retryLater } from "./send-result";
import type { SmsChannel, SmsMessage } from "./types";

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved sign name, without 【】. */
  signName: string;
  /** Our template name → Aliyun TemplateCode (SMS_123456789). */
  templates: Record<string, string>;
  /** Default https://dysmsapi.aliyuncs.com; a URL so tests can use http://127.0.0.1:port. */
  endpoint?: string;
  timeoutMs?: number;
}

const DEFAULT_ENDPOINT = "https://dysmsapi.aliyuncs.com";
const DEFAULT_TIMEOUT_MS = 10_000;

type AliyunClient = InstanceType<typeof import("@alicloud/dysmsapi20170525").default>;

export function aliyunSms(config: AliyunSmsConfig): SmsChannel {
  let client: Promise<AliyunClient> | undefined;
  return {
    provider: "aliyun",
    async send(message: SmsMessage) {
      const problem = recipientProblem(message);
      if (problem) return problem;
      const templateCode = config.templates[message.template];
      if (!templateCode) return giveUp(`template-not-configured:${message.template}`);
      // Loaded on first use: the SDK is large, and most deployments use another provider.
      client ??= createClient(config);
      const { SendSmsRequest } = await import("@alicloud/dysmsapi20170525");
      const request = new SendSmsRequest({
        phoneNumbers: message.to,
        signName: config.signName,
        templateCode,
        templateParam: JSON.stringify(message.params),
        outId: message.id,
      });
      try {
        const response = await (await client).sendSms(request);
        return aliyunResult(response.body?.code, response.statusCode ?? 200, response.body?.bizId);
      } catch (error) {
        return fromError(error);
      }
    },
  };
}

async function createClient(config: AliyunSmsConfig): Promise<AliyunClient> {
  const [sdk, core] = await Promise.all([import("@alicloud/dysmsapi20170525"), import("@alicloud/openapi-core")]);
  const Client = cjsDefault(sdk.default);
  const url = new URL(config.endpoint ?? DEFAULT_ENDPOINT);
  const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Client(
    new core.$OpenApiUtil.Config({
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
      endpoint: url.host,
      protocol: url.protocol.replace(":", ""),
      connectTimeout: timeout,
      readTimeout: timeout,
    }),
  );
}

/**
 * The SDK throws for HTTP 4xx/5xx answers (ClientError, ServerError,
 * ThrottlingError, each with statusCode and Aliyun's code) and for network
 * failures (Node's errors, with an errno code such as ECONNREFUSED).
 */
function fromError(error: unknown): ReturnType<typeof aliyunResult> {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode === "number") return aliyunResult(typeof code === "string" ? code : undefined, statusCode);
  if (typeof code === "string" && /timeout|ETIMEDOUT/i.test(code)) return retryLater("timeout");
  if (error instanceof Error && /timeout/i.test(error.name + error.message)) return retryLater("timeout");
  return retryLater("network");
}
