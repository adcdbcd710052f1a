// The environment variables of the delivery channels, merged into lib/env.ts's
// schema. Kept here so the channels' configuration is read in one place, next to
// the code that uses it; nothing here loads an SDK.
//
// Which variables are required depends on SMS_PROVIDER and SMTP_URL, so that
// check (channelRequirements) runs on the whole environment after the fields
// parse. A provider chosen without one of its variables fails the start naming
// the variable, like every other malformed variable.

import { z } from "zod";

const SMS_PROVIDERS = ["log", "webhook", "aliyun", "tencent"] as const;

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });

/** A JSON object in one variable; zod reports bad JSON as an issue of that variable. */
function jsonVariable<T extends z.ZodType>(shape: T, example: string) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `must be JSON, e.g. ${example}` });
        return z.NEVER;
      }
    })
    .pipe(shape);
}

const templateName = z.string().regex(/^[a-z0-9-]+$/, "template names are lower-case words with dashes");

/** Angle brackets optional, a display name allowed: "回音 <noreply@example.org>". */
const mailbox = z.string().regex(/^(.*<)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>?$/, "must be an email address");

export const channelEnvFields = {
  /** Where SMS go: log (the default: server log and the dashboard outbox only), webhook, aliyun or tencent. */
  SMS_PROVIDER: z.enum(SMS_PROVIDERS).default("log"),
  /** The community's sign name; messages start with 【it】. Providers' own sign names default to it. */
  SMS_SIGN_NAME: z.string().min(2).max(12).default("园东社区"),
  SMS_WEBHOOK_URL: httpUrl.optional(),
  /** Key of the X-Huiyin-Signature HMAC; a gateway verifies that a message really comes from Huiyin. */
  SMS_WEBHOOK_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().min(2).optional(),
  /** {"wish-received":"SMS_123456789", …}: our template name → Aliyun TemplateCode. */
  ALIYUN_SMS_TEMPLATES: jsonVariable(
    z.record(templateName, z.string().regex(/^SMS_\d+$/, "Aliyun template codes look like SMS_123456789")),
    '{"wish-received":"SMS_123456789"}',
  ).optional(),
  ALIYUN_SMS_ENDPOINT: httpUrl.optional(),
  TENCENT_SMS_SECRET_ID: z.string().min(1).optional(),
  TENCENT_SMS_SECRET_KEY: z.string().min(1).optional(),
  TENCENT_SMS_SDK_APP_ID: z.string().regex(/^\d+$/, "must be the numeric SmsSdkAppId").optional(),
  TENCENT_SMS_SIGN_NAME: z.string().min(2).optional(),
  /** {"wish-received":{"id":"1234567","params":["code","link"]}}: TemplateId and our params for {1}, {2}, … */
  TENCENT_SMS_TEMPLATES: jsonVariable(
    z.record(
      templateName,
      z.object({ id: z.string().regex(/^\d+$/, "Tencent template ids are numeric"), params: z.array(z.string()) }),
    ),
    '{"wish-received":{"id":"1234567","params":["code","link"]}}',
  ).optional(),
  TENCENT_SMS_REGION: z
    .string()
    .regex(/^[a-z]+-[a-z]+$/, "must be a region such as ap-guangzhou")
    .default("ap-guangzhou"),
  /** The SDK signs with the host's first label as the service, so it must be sms.… */
  TENCENT_SMS_ENDPOINT: httpUrl
    .refine((url) => new URL(url).hostname.startsWith("sms."), "the host must start with sms.")
    .optional(),
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. Unset: no email is sent. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** The sender, e.g. "园东社区 <noreply@example.org>"; required with SMTP_URL. */
  MAIL_FROM: mailbox.optional(),
};

/** The parsed channel variables, as lib/env.ts's schema outputs them (unset ones absent). */
type ChannelEnv = { [K in keyof typeof channelEnvFields]?: z.output<(typeof channelEnvFields)[K]> } & {
  SMS_PROVIDER: (typeof SMS_PROVIDERS)[number];
};

const REQUIRED_BY_PROVIDER: Record<(typeof SMS_PROVIDERS)[number], (keyof ChannelEnv)[]> = {
  log: [],
  webhook: ["SMS_WEBHOOK_URL"],
  aliyun: ["ALIYUN_SMS_ACCESS_KEY_ID", "ALIYUN_SMS_ACCESS_KEY_SECRET", "ALIYUN_SMS_TEMPLATES"],
  tencent: ["TENCENT_SMS_SECRET_ID", "TENCENT_SMS_SECRET_KEY", "TENCENT_SMS_SDK_APP_ID", "TENCENT_SMS_TEMPLATES"],
};

/** One issue per missing variable, on that variable, so the start-up message names each. */
export function channelRequirements(env: ChannelEnv, ctx: z.RefinementCtx): void {
  for (const name of REQUIRED_BY_PROVIDER[env.SMS_PROVIDER]) {
    if (env[name] === undefined) {
      ctx.addIssue({ code: "custom", path: [name], message: `is required when SMS_PROVIDER=${env.SMS_PROVIDER}` });
    }
  }
  if (env.SMTP_URL && !env.MAIL_FROM) {
    ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" });
  }
}
