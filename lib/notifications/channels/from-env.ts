// The configured channels, built from the validated environment (lib/env.ts):
// by then a chosen provider is known to have every variable it needs, so the
// checks below only satisfy the types and guard a hand-built Env in tests.

import { env as processEnv, type Env } from "@/lib/env";
import { aliyunSms } from "./aliyun-sms";
import { logSms } from "./log-sms";
import { smtpEmail } from "./smtp-email";
import { tencentSms } from "./tencent-sms";
import type { EmailChannel, SmsChannel } from "./types";
import { webhookSms } from "./webhook-sms";

function need<T>(value: T | undefined, name: string, provider: string): T {
  if (value === undefined) throw new Error(`${name} is required when SMS_PROVIDER=${provider}`);
  return value;
}

export function smsChannelFromEnv(env: Env = processEnv): SmsChannel {
  switch (env.SMS_PROVIDER) {
    case "log":
      return logSms();
    case "webhook":
      return webhookSms({
        url: need(env.SMS_WEBHOOK_URL, "SMS_WEBHOOK_URL", "webhook"),
        secret: env.SMS_WEBHOOK_SECRET,
      });
    case "aliyun":
      return aliyunSms({
        accessKeyId: need(env.ALIYUN_SMS_ACCESS_KEY_ID, "ALIYUN_SMS_ACCESS_KEY_ID", "aliyun"),
        accessKeySecret: need(env.ALIYUN_SMS_ACCESS_KEY_SECRET, "ALIYUN_SMS_ACCESS_KEY_SECRET", "aliyun"),
        signName: env.ALIYUN_SMS_SIGN_NAME ?? env.SMS_SIGN_NAME,
        templates: need(env.ALIYUN_SMS_TEMPLATES, "ALIYUN_SMS_TEMPLATES", "aliyun"),
        endpoint: env.ALIYUN_SMS_ENDPOINT,
      });
    case "tencent":
      return tencentSms({
        secretId: need(env.TENCENT_SMS_SECRET_ID, "TENCENT_SMS_SECRET_ID", "tencent"),
        secretKey: need(env.TENCENT_SMS_SECRET_KEY, "TENCENT_SMS_SECRET_KEY", "tencent"),
        sdkAppId: need(env.TENCENT_SMS_SDK_APP_ID, "TENCENT_SMS_SDK_APP_ID", "tencent"),
        signName: env.TENCENT_SMS_SIGN_NAME ?? env.SMS_SIGN_NAME,
        templates: need(env.TENCENT_SMS_TEMPLATES, "TENCENT_SMS_TEMPLATES", "tencent"),
        region: env.TENCENT_SMS_REGION,
        endpoint: env.TENCENT_SMS_ENDPOINT,
      });
  }
}

/** Null when SMTP_URL is unset: this deployment sends no email. */
export function emailChannelFromEnv(env: Env = processEnv): EmailChannel | null {
  if (!env.SMTP_URL) return null;
  return smtpEmail({ url: env.SMTP_URL, from: need(env.MAIL_FROM, "MAIL_FROM", "any") });
}
