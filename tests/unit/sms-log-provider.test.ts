// SMS_PROVIDER=log: what reaches the server log must not identify anyone, and
// the dashboard's outbox gets the recent messages, newest first.
import { describe, expect, it } from "vitest";
import { recentLoggedSms } from "@/lib/notifications/channels/log-outbox";
import { logSms } from "@/lib/notifications/channels/log-sms";
import { maskMobile } from "@/lib/phone";
import { safeCode } from "@/lib/notifications/channels/send-result";
import type { SmsMessage } from "@/lib/notifications/channels/types";

const message: SmsMessage = {
  to: "13800138000",
  text: "【园东社区】您的心愿已收到，查询码 K7Q2-9MZD，进度请看 https://huiyin.example.org/t/secret-link",
  template: "wish-received",
  params: { code: "K7Q2-9MZD", link: "https://huiyin.example.org/t/secret-link" },
  id: "ntf-log-1",
};

describe("log SMS provider", () => {
  it("writes one line with the masked phone, template and id, and neither the text nor the params", async () => {
    const lines: string[] = [];
    const result = await logSms((line) => lines.push(line)).send(message);
    expect(result).toEqual({ ok: true, providerId: "log-ntf-log-1" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("138****8000");
    expect(lines[0]).toContain("template=wish-received");
    expect(lines[0]).toContain("id=ntf-log-1");
    expect(lines[0]).not.toContain("13800138000");
    expect(lines[0]).not.toContain("K7Q2-9MZD");
    expect(lines[0]).not.toContain("secret-link");
  });

  it("keeps the recent messages for the dashboard's outbox, newest first, with the phone masked", async () => {
    const quiet = logSms(() => undefined);
    await quiet.send({ ...message, id: "ntf-log-2", to: "13900139000" });
    await quiet.send({ ...message, id: "ntf-log-3" });
    const [newest, previous] = recentLoggedSms(2);
    expect(newest).toMatchObject({ id: "ntf-log-3", to: "138****8000", template: "wish-received", text: message.text });
    expect(previous).toMatchObject({ id: "ntf-log-2", to: "139****9000" });
    expect(JSON.stringify(recentLoggedSms())).not.toContain("13800138000");
  });

  it("keeps only the last hundred", async () => {
    const quiet = logSms(() => undefined);
    for (let i = 0; i < 130; i++) await quiet.send({ ...message, id: `ntf-many-${i}` });
    const kept = recentLoggedSms();
    expect(kept).toHaveLength(100);
    expect(kept[0]?.id).toBe("ntf-many-129");
    expect(kept[99]?.id).toBe("ntf-many-30");
  });

  it("refuses a number that is not a mainland mobile, as every provider does", async () => {
    const lines: string[] = [];
    expect(await logSms((line) => lines.push(line)).send({ ...message, to: "12345" })).toEqual({
      ok: false,
      retry: false,
      code: "invalid-phone",
    });
    expect(lines).toEqual([]);
  });
});

describe("result codes", () => {
  it("keep identifiers and drop anything that could be a phone number or free text", () => {
    expect(safeCode("aliyun.isv.MOBILE_NUMBER_ILLEGAL")).toBe("aliyun.isv.MOBILE_NUMBER_ILLEGAL");
    expect(safeCode("bad 13800138000 number")).toBe("bad#number");
    expect(safeCode("非法手机号")).toBe("unknown");
    expect(safeCode("x".repeat(200))).toHaveLength(80);
  });

  it("mask phones like the rest of the app", () => {
    expect(maskMobile("13800138000")).toBe("138****8000");
    expect(maskMobile("+8613800138000")).toBe("***********");
  });
});
