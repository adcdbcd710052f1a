// What the e2e server's local SMS gateway and mail relay received
// (scripts/e2e-sms-sink.ts), and the resident's side that makes them send:
// shared by the specs where a reply has to travel.
import { expect, type Page } from "@playwright/test";
import { parseMail } from "../helpers/parse-mail";

const SINK = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
const POLL = { timeout: 30_000, intervals: [250, 500, 1000] };

export interface Sms {
  to: string;
  text: string;
  template: string;
}

/** The first message of `template` the gateway got for this phone, once it has arrived. */
export async function smsFor(phone: string, template: string): Promise<Sms> {
  let found: Sms | undefined;
  await expect
    .poll(async () => {
      const messages = (await (await fetch(`${SINK}/messages?to=${phone}`)).json()) as Sms[];
      found = messages.find((m) => m.template === template);
      return Boolean(found);
    }, POLL)
    .toBe(true);
  return found!;
}

/** The unit link in the email about this wish to that address, once it has arrived. */
export async function unitLinkFor(address: string, code: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await (await fetch(`${SINK}/mail?to=${address}`)).json()) as { raw: string }[];
      const mail = mails.map((m) => parseMail(m.raw)).find((m) => m.headers.get("subject")?.includes(code));
      link = mail ? /\/(?:en\/)?u\/[A-Za-z0-9_-]{38}/.exec(mail.body)?.[0] : undefined;
      return Boolean(link);
    }, POLL)
    .toBe(true);
  return link!;
}

/** A phone number of its own per run and test (the prefix), so messages never mix or hit the daily cap. */
export function phoneOf(seed: string, prefix = "139"): string {
  const digits = [...seed].map((c) => c.charCodeAt(0) % 10).join("");
  return `${prefix}${digits.padEnd(8, "7").slice(0, 8)}`;
}

/** A wish with this phone and consent to messages; returns its tracking code. */
export async function submitWishWithMessages(page: Page, phone: string, text: string): Promise<string> {
  await page.goto("/wishes/new");
  await page.getByRole("radio", { name: "微心愿", exact: true }).check();
  await page.getByRole("textbox", { name: "具体内容" }).fill(text);
  await page.getByLabel(/^手机号/).fill(phone);
  await page.getByLabel("我同意社区保存我填写的联系方式").check();
  await page.getByLabel("有进展时发短信（或邮件）告诉我").check();
  await page.getByRole("button", { name: "提交" }).click();
  const code = (await page.getByTestId("tracking-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return code;
}
