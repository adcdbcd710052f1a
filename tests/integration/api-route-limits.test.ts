// The public route handlers against hostile input: the display toggle never
// redirects off the site (finding 6), and every handler under app/api answers
// 413 to a body over 64 KB without reading it whole (finding 12), whether the
// size is declared (Content-Length) or only streamed (chunked).
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers()),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  // Outside a Next request there is no prerender to opt out of.
  connection: () => Promise.resolve(),
}));

useThrowAwayKeys();
await useTestDatabase();

const { POST: display } = await import("@/app/api/display/route");
const { POST: wishes } = await import("@/app/api/wishes/route");
const { POST: smsInbound } = await import("@/app/api/sms/inbound/route");
const { GET: health } = await import("@/app/api/health/route");
const { GET: report } = await import("@/app/api/admin/reports/wishes.csv/route");
const nextAuth = await import("@/app/api/auth/[...nextauth]/route");

const ORIGIN = "https://huiyin.example";
const THREE_MB = 3 * 1024 * 1024;
const FORM = "application/x-www-form-urlencoded";

function displayPost(back: string): Request {
  return new Request(`${ORIGIN}/api/display`, {
    method: "POST",
    headers: { "Content-Type": FORM },
    body: new URLSearchParams({ toggle: "large", back }).toString(),
  });
}

/**
 * A 3 MB body that declares its length. A GET Request cannot carry a body in
 * the Fetch API (Next hands a GET handler none), so there only the header comes.
 */
function declared(url: string, method = "POST"): Request {
  const body = `content=${"a".repeat(THREE_MB)}`;
  const headers = { "Content-Type": FORM, "Content-Length": String(body.length) };
  return new Request(url, method === "GET" ? { method, headers } : { method, headers, body });
}

/** A 3 MB body sent in 16 KB chunks with no length, counting what the handler pulled. */
function chunked(url: string, method = "POST"): { request: Request; pulled: () => number } {
  const chunk = new TextEncoder().encode("a".repeat(16 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= THREE_MB) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const init: RequestInit & { duplex: "half" } = { method, headers: { "Content-Type": FORM }, body, duplex: "half" };
  return { request: new Request(url, init), pulled: () => sent };
}

const nextAuthContext = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };

const handlers: [string, (request: Request) => Promise<Response>, string, string?][] = [
  ["/api/display", display, `${ORIGIN}/api/display`],
  ["/api/wishes", wishes, `${ORIGIN}/api/wishes`],
  ["/api/sms/inbound", smsInbound, `${ORIGIN}/api/sms/inbound`],
  ["/api/health", health, `${ORIGIN}/api/health`, "GET"],
  ["/api/admin/reports/wishes.csv", report, `${ORIGIN}/api/admin/reports/wishes.csv`, "GET"],
  [
    "/api/auth/[...nextauth]",
    (request) => nextAuth.POST(new NextRequest(request), nextAuthContext),
    `${ORIGIN}/api/auth/callback/credentials`,
  ],
];

describe("POST /api/display never redirects off the site", () => {
  it("answers the tab trick with a path on this site", async () => {
    const response = await display(displayPost("/\t/evil.example"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });

  it("keeps the origin for any hostile back= (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.constantFrom("//", "/\\", "/\t/", "\t", "/\n/", "javascript:", "http://", "/"), fc.string()),
        async ([prefix, rest]) => {
          const response = await display(displayPost(`${prefix}${rest}evil.example`));
          const location = response.headers.get("location") ?? "";
          // Read as a browser does: tabs and newlines dropped, "\" as "/".
          const landed = new URL(location.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), ORIGIN);
          expect(landed.origin).toBe(ORIGIN);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("still sends the resident back to where they were", async () => {
    const response = await display(displayPost("/stalls?audience=elderly"));
    expect(response.headers.get("location")).toBe("/stalls?audience=elderly");
  });
});

describe("every route handler refuses a body over 64 KB", () => {
  for (const [name, handler, url, method] of handlers) {
    it(`${name}: declared 3 MB → 413`, async () => {
      const response = await handler(declared(url, method));
      expect(response.status).toBe(413);
    });

    if (method === "GET") continue;
    it(`${name}: chunked 3 MB → 413, read no further than the limit`, async () => {
      const { request, pulled } = chunked(url, method);
      const response = await handler(request);
      expect(response.status).toBe(413);
      // The stream may run a chunk or two ahead of the reader, never the whole body.
      expect(pulled()).toBeLessThan(256 * 1024);
    });
  }

  it("a small body still gets through", async () => {
    expect((await display(displayPost("/"))).status).toBe(303);
    expect((await health(new Request(`${ORIGIN}/api/health`))).status).toBe(200);
  });
});
