// npm run notify:test -- --sms 13800138000 [--template NAME --param key=value …]
// npm run notify:test -- --email someone@example.org
//
// Sends one test message through the configured channel (SMS_PROVIDER, SMTP_URL)
// and prints what the provider answered: the way to check a deployment's SMS and
// email settings before residents depend on them. Aliyun and Tencent send only
// approved templates: name one of ALIYUN_SMS_TEMPLATES / TENCENT_SMS_TEMPLATES
// with --template and fill its variables with --param. The phone is printed
// masked. Exits 1 when the message was not accepted.
// First: loads .env before lib/env.ts reads process.env (see the module).
import "./load-env";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { emailChannelFromEnv, smsChannelFromEnv } from "../lib/notifications/channels/from-env";
import type { SendResult } from "../lib/notifications/channels/types";
import { isMainlandMobile, maskMobile, normalizePhone } from "../lib/phone";

const PREFIX = "notify:test:";
const USAGE = `usage: npm run notify:test -- --sms 13800138000 [--template NAME] [--param key=value …]
       npm run notify:test -- --email someone@example.org`;

function describe(result: SendResult): string {
  if (result.ok) return `accepted${result.providerId ? ` (provider id ${result.providerId})` : ""}`;
  return result.retry ? `failed, would be retried: ${result.code}` : `failed permanently: ${result.code}`;
}

function params(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf("=");
      if (at < 1) throw new Error(`--param takes key=value, not "${pair}"`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

async function main(): Promise<boolean> {
  const { values } = parseArgs({
    options: {
      sms: { type: "string" },
      email: { type: "string" },
      template: { type: "string", default: "channel-test" },
      param: { type: "string", multiple: true, default: [] },
    },
  });
  if (!values.sms && !values.email) throw new Error(USAGE);
  const id = `test-${randomUUID()}`;
  let ok = true;
  if (values.sms) {
    const to = normalizePhone(values.sms);
    if (!isMainlandMobile(to)) throw new Error("--sms takes an 11-digit mainland mobile number");
    const channel = smsChannelFromEnv();
    const result = await channel.send({
      to,
      text: `【${env.SMS_SIGN_NAME}】回音短信通道测试：收到这条短信说明配置正确，无需回复。`,
      template: values.template,
      params: params(values.param),
      id,
    });
    console.log(`${PREFIX} SMS via ${channel.provider} to ${maskMobile(to)}: ${describe(result)}`);
    ok &&= result.ok;
  }
  if (values.email) {
    const channel = emailChannelFromEnv();
    if (!channel) throw new Error("SMTP_URL is not set: this deployment sends no email");
    try {
      const result = await channel.send({
        to: values.email,
        subject: "回音邮件通道测试 / Huiyin email test",
        text: "收到这封邮件说明回音的邮件配置正确，无需回复。\n\nThis message shows that Huiyin's email settings work. No reply is needed.\n",
        id,
      });
      console.log(`${PREFIX} email to ${values.email}: ${describe(result)}`);
      ok &&= result.ok;
    } finally {
      channel.close();
    }
  }
  return ok;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`${PREFIX} ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
