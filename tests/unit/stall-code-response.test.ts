// The answers of /q/<stall code>: one plain redirect, or a small 404 page that
// a resident can read without JavaScript, in their language and display mode.
import { describe, expect, it } from "vitest";
import { stallCodeNotFound, stallCodeRedirect } from "@/lib/market-days/stall-code-response";

const texts = {
  title: "没有找到这个摊位码",
  body: "请核对海报上的摊位码，例如 261219-7。",
  toForm: "提交心愿",
  toMarketDays: "查看集市安排",
  home: "首页",
  siteName: "回音",
};

describe("stallCodeRedirect", () => {
  it("is a 307 with exactly one Location", () => {
    const response = stallCodeRedirect("/en/wishes/new?marketDay=m&stall=s");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/en/wishes/new?marketDay=m&stall=s");
  });
});

describe("stallCodeNotFound", () => {
  it("is a 404 HTML page in the page's language, with the way on to the form", async () => {
    const response = stallCodeNotFound("zh-CN", { large: false, contrast: false }, texts);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(html).toContain("<title>没有找到这个摊位码 · 回音</title>");
    expect(html).toContain("<main><h1>没有找到这个摊位码</h1>");
    expect(html).toContain('<a href="/wishes/new">提交心愿</a>');
    expect(html).toContain('<a href="/market-days">查看集市安排</a>');
    expect(html).not.toContain("<script");
  });

  it("links to the English pages from an English one", async () => {
    const html = await stallCodeNotFound("en", { large: false, contrast: false }, texts).text();
    expect(html).toContain('<a href="/en/wishes/new">');
    expect(html).toContain('<a href="/en">');
  });

  it("keeps the resident's large text and high contrast", async () => {
    const standard = await stallCodeNotFound("zh-CN", { large: false, contrast: false }, texts).text();
    const both = await stallCodeNotFound("zh-CN", { large: true, contrast: true }, texts).text();
    expect(standard).toContain("font:18px");
    expect(both).toContain("font:24px");
    expect(both).toContain("background:#ffffff;color:#000000");
  });

  it("escapes its texts", async () => {
    const html = await stallCodeNotFound(
      "en",
      { large: false, contrast: false },
      { ...texts, body: `<b>"x" & y</b>` },
    ).text();
    expect(html).toContain("&#60;b&#62;&#34;x&#34; &#38; y&#60;/b&#62;");
  });
});
