import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hashInlineScripts } from "@/lib/http/content-security-policy";
import { securityHeaders } from "@/lib/http/security-headers";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

describe("hashInlineScripts", () => {
  it("hashes the framework's inline scripts exactly as written", () => {
    const push = 'self.__next_f.push([1,"0:{\\"P\\":null}"])';
    const boot = "(self.__next_f=self.__next_f||[]).push([0])";
    const html = `<html><body><script>${boot}</script><p>x</p><script>${push}</script></body></html>`;
    const { hashes, refused } = hashInlineScripts(html);
    expect(hashes).toEqual([sha(boot), sha(push)]);
    expect(refused).toBe(0);
  });

  it("gives no hash to an inline script the framework did not write, so it cannot run", () => {
    const html = `<script>alert(document.cookie)</script><script>self.__next_f.push([1,"a"])</script>`;
    const { hashes, refused } = hashInlineScripts(html);
    expect(hashes).toHaveLength(1);
    expect(hashes).not.toContain(sha("alert(document.cookie)"));
    expect(refused).toBe(1);
  });

  it("leaves out external scripts and data blocks such as JSON-LD", () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script type="application/ld+json">{"@type":"Event"}</script>';
    expect(hashInlineScripts(html)).toEqual({ hashes: [], refused: 0 });
  });

  it("hashes a repeated script once", () => {
    const push = 'self.__next_f.push([1,"x"])';
    expect(hashInlineScripts(`<script>${push}</script><script>${push}</script>`).hashes).toEqual([sha(push)]);
  });
});

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], https: false });
  const directives = new Map(
    policy.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

  it("allows no eval and no inline script without a hash", () => {
    expect(policy).not.toContain("unsafe-eval");
    expect(directives.get("script-src")).toEqual(["'self'", "'sha256-abc'"]);
  });

  it("closes objects, base, forms and framing", () => {
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("upgrades insecure requests only behind https", () => {
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ scriptHashes: [], https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, a referrer policy, a permissions policy, and HSTS only over https", () => {
    const plain = securityHeaders({ https: false });
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
  });
});
