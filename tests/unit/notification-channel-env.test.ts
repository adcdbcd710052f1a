// Issue 13: a channel chosen without its settings must stop the start, naming
// each missing variable, instead of failing at the first message hours later.
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { smsChannelFromEnv } from "@/lib/notifications/channels/from-env";
import { productionEnvWarnings } from "@/lib/production-env";

const base = { NODE_ENV: "test" } as const;

function problem(source: Record<string, string>): string {
  try {
    readEnv({ ...base, ...source });
    return "";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe("message channel settings", () => {
  it("default to the log provider and the community's sign name, with no email", () => {
    const env = readEnv(base);
    expect(env.SMS_PROVIDER).toBe("log");
    expect(env.SMS_SIGN_NAME).toBe("园东社区");
    expect(env.TENCENT_SMS_REGION).toBe("ap-guangzhou");
    expect(env.SMTP_URL).toBeUndefined();
    expect(smsChannelFromEnv(env).provider).toBe("log");
  });

  it("name SMS_WEBHOOK_URL when the webhook provider is chosen without it", () => {
    expect(problem({ SMS_PROVIDER: "webhook" })).toMatch(/SMS_WEBHOOK_URL: is required when SMS_PROVIDER=webhook/);
    // An empty value in .env counts as unset.
    expect(problem({ SMS_PROVIDER: "webhook", SMS_WEBHOOK_URL: "" })).toMatch(/SMS_WEBHOOK_URL: is required/);
    expect(problem({ SMS_PROVIDER: "webhook", SMS_WEBHOOK_URL: "https://sms-gw.example.org/send" })).toBe("");
  });

  it("name every missing Aliyun and Tencent variable at once", () => {
    const aliyun = problem({ SMS_PROVIDER: "aliyun" });
    for (const name of ["ALIYUN_SMS_ACCESS_KEY_ID", "ALIYUN_SMS_ACCESS_KEY_SECRET", "ALIYUN_SMS_TEMPLATES"]) {
      expect(aliyun).toContain(`${name}: is required when SMS_PROVIDER=aliyun`);
    }
    const tencent = problem({ SMS_PROVIDER: "tencent", TENCENT_SMS_SECRET_ID: "AKIDexample" });
    expect(tencent).not.toContain("TENCENT_SMS_SECRET_ID");
    for (const name of ["TENCENT_SMS_SECRET_KEY", "TENCENT_SMS_SDK_APP_ID", "TENCENT_SMS_TEMPLATES"]) {
      expect(tencent).toContain(`${name}: is required when SMS_PROVIDER=tencent`);
    }
  });

  it("require MAIL_FROM with SMTP_URL", () => {
    expect(problem({ SMTP_URL: "smtp://relay.internal:25" })).toMatch(/MAIL_FROM: is required when SMTP_URL is set/);
    expect(problem({ SMTP_URL: "smtp://relay.internal:25", MAIL_FROM: "园东社区 <noreply@example.org>" })).toBe("");
    expect(problem({ MAIL_FROM: "not an address" })).toMatch(/MAIL_FROM: must be an email address/);
  });

  it("reject malformed values by name", () => {
    expect(problem({ SMS_PROVIDER: "sendgrid" })).toMatch(/SMS_PROVIDER:/);
    expect(problem({ SMTP_URL: "http://relay.internal" })).toMatch(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(problem({ SMS_WEBHOOK_URL: "ftp://x.example.org" })).toMatch(/SMS_WEBHOOK_URL: must be an http/);
    expect(problem({ SMS_WEBHOOK_SECRET: "short" })).toMatch(/SMS_WEBHOOK_SECRET: must be at least 16/);
    expect(problem({ ALIYUN_SMS_TEMPLATES: "{wish-received: SMS_1}" })).toMatch(/ALIYUN_SMS_TEMPLATES: must be JSON/);
    expect(problem({ ALIYUN_SMS_TEMPLATES: '{"wish-received":"1234"}' })).toMatch(/ALIYUN_SMS_TEMPLATES/);
    expect(problem({ TENCENT_SMS_TEMPLATES: '{"wish-received":{"id":"x1","params":[]}}' })).toMatch(
      /TENCENT_SMS_TEMPLATES/,
    );
    expect(problem({ TENCENT_SMS_SDK_APP_ID: "app-1" })).toMatch(/TENCENT_SMS_SDK_APP_ID: must be the numeric/);
    // The SDK signs with the host's first label as the service name.
    expect(problem({ TENCENT_SMS_ENDPOINT: "https://gateway.example.org" })).toMatch(
      /TENCENT_SMS_ENDPOINT: the host must start with sms\./,
    );
  });

  it("parse the template maps", () => {
    const env = readEnv({
      ...base,
      ALIYUN_SMS_TEMPLATES: '{"wish-received":"SMS_123456789"}',
      TENCENT_SMS_TEMPLATES: '{"wish-received":{"id":"1234567","params":["code","link"]}}',
    });
    expect(env.ALIYUN_SMS_TEMPLATES).toEqual({ "wish-received": "SMS_123456789" });
    expect(env.TENCENT_SMS_TEMPLATES).toEqual({ "wish-received": { id: "1234567", params: ["code", "link"] } });
  });
});

describe("production start-up warnings", () => {
  it("warn loudly when SMS_PROVIDER is unset, since messages would only reach the log", () => {
    const warnings = productionEnvWarnings({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^SMS_PROVIDER is not set: text messages go to the server log only/);
  });

  it("stay quiet when a provider is chosen, log included on purpose", () => {
    expect(productionEnvWarnings({ SMS_PROVIDER: "log" })).toEqual([]);
    expect(productionEnvWarnings({ SMS_PROVIDER: "webhook" })).toEqual([]);
  });
});
