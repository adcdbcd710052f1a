// The edge's response wrapper against a real Node HTTP server, with compression
// in front of it as scripts/serve.ts has it.
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { nodeCompression } from "@/lib/http/compress";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secureResponse } from "@/lib/http/secure-response";

const push = 'self.__next_f.push([1,"hello"])';
// Above compression's 1 KB threshold.
const text = "页面".repeat(400);
let server: Server;
let base: string;

beforeAll(async () => {
  const compress = nodeCompression();
  server = createServer((req, res) => {
    compress(req, res, () => {
      secureResponse(res, { https: false, url: req.url ?? "" });
      if (req.url === "/page") {
        // Streamed in pieces, the way Next writes a page, with flushHeaders first.
        res.statusCode = 200;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.flushHeaders();
        res.write(`<html><body><p>${text}</p>`);
        res.write(Buffer.from(`<script>${push}</script>`));
        setTimeout(() => res.end("</body></html>"), 5);
      } else if (req.url === "/redirect") {
        res.writeHead(307, { Location: "/page", "Content-Type": "text/html" });
        res.end();
      } else {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("secureResponse", () => {
  it("sends a page whole, with its inline script's hash in the policy", async () => {
    const res = await fetch(`${base}/page`);
    const body = await res.text();
    expect(body).toBe(`<html><body><p>${text}</p><script>${push}</script></body></html>`);
    const hash = createHash("sha256").update(push).digest("base64");
    expect(res.headers.get("content-security-policy")).toContain(`script-src 'self' 'sha256-${hash}'`);
  });

  it("hashes before compressing", async () => {
    // fetch decompresses transparently; ask node for the raw bytes instead.
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer; csp: string | undefined }>(
      (resolve, reject) => {
        void import("node:http").then(({ get }) =>
          get(`${base}/page`, { headers: { "accept-encoding": "gzip" } }, (r) => {
            const chunks: Buffer[] = [];
            r.on("data", (c: Buffer) => chunks.push(c));
            r.on("end", () =>
              resolve({
                encoding: r.headers["content-encoding"],
                body: Buffer.concat(chunks),
                csp: r.headers["content-security-policy"] as string | undefined,
              }),
            );
          }).on("error", reject),
        );
      },
    );
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toContain(push);
    expect(raw.csp).toContain("'sha256-");
  });

  it("passes other responses through with a policy that lets nothing run", async () => {
    const res = await fetch(`${base}/api`);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("keeps the status and headers given to writeHead", async () => {
    const res = await fetch(`${base}/redirect`, { redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/page");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
