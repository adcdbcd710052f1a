import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("messages", () => {
  it("Chinese and English have exactly the same keys", async () => {
    const zh = keys(await loadMessages("zh-CN")).sort();
    const en = keys(await loadMessages("en")).sort();
    expect(en).toEqual(zh);
    expect(zh.length).toBeGreaterThan(10);
  });

  it("no message is empty", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = await loadMessages(locale);
      const flat = keys(messages);
      for (const path of flat) {
        const value = path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], messages);
        if (typeof value === "string") expect(value.trim(), `${locale}:${path}`).not.toBe("");
      }
    }
  });
});
