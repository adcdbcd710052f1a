// Wraps a Node response so that an HTML page is held until it is complete, its
// framework inline scripts are hashed, and the Content-Security-Policy naming
// those hashes goes out with the headers. Other responses pass straight through
// with a policy that lets nothing run.
//
// Holding the page costs streaming: a page's Suspense fallbacks no longer reach
// the browser before the rest. The public pages come whole from the cache
// anyway, and the staff pages are small. That is the price of a strict policy
// on cached pages (see content-security-policy.ts).
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { contentSecurityPolicy, hashInlineScripts, NON_DOCUMENT_POLICY } from "./content-security-policy";

type Callback = (error?: Error | null) => void;

export interface SecureResponseOptions {
  https: boolean;
  /** Told how many inline scripts were refused a hash on a page (never their text). */
  onRefusedScripts?: (count: number, url: string) => void;
  url: string;
}

function isHtml(contentType: unknown): boolean {
  return typeof contentType === "string" && contentType.toLowerCase().startsWith("text/html");
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? "utf8");
}

export function secureResponse(res: ServerResponse, options: SecureResponseOptions): void {
  const write = res.write.bind(res) as (chunk: unknown, encoding?: BufferEncoding, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: BufferEncoding, cb?: Callback) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: "undecided" | "hold" | "pass" = "undecided";
  const held: Buffer[] = [];
  // Once the page is complete, Node's own end() calls writeHead() to send the
  // held headers; from then on it must reach the real one.
  let released = false;

  const decide = () => {
    if (mode !== "undecided") return;
    if (isHtml(res.getHeader("content-type"))) {
      mode = "hold";
      return;
    }
    mode = "pass";
    if (!res.headersSent && !res.hasHeader("content-security-policy")) {
      res.setHeader("Content-Security-Policy", NON_DOCUMENT_POLICY);
    }
  };

  const release = (): Buffer => {
    const body = Buffer.concat(held);
    held.length = 0;
    released = true;
    const scripts = hashInlineScripts(body.toString("utf8"));
    if (scripts.refused > 0) options.onRefusedScripts?.(scripts.refused, options.url);
    res.setHeader(
      "Content-Security-Policy",
      contentSecurityPolicy({ scriptHashes: scripts.hashes, https: options.https }),
    );
    if (!res.hasHeader("transfer-encoding")) res.setHeader("Content-Length", body.length);
    return body;
  };

  const heldWriteHead = (status: number, ...rest: unknown[]): ServerResponse => {
    // writeHead(status, [message], [headers]): fold the headers in, send later.
    const headers = rest.find((r): r is OutgoingHttpHeaders => typeof r === "object" && r !== null);
    const message = rest.find((r): r is string => typeof r === "string");
    res.statusCode = status;
    if (message) res.statusMessage = message;
    if (headers && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    decide();
    return mode === "pass" || released ? writeHead(status) : res;
  };
  res.writeHead = heldWriteHead;

  res.flushHeaders = () => {
    decide();
    if (mode === "pass" || released) flushHeaders();
  };

  res.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    decide();
    const callback = typeof encoding === "function" ? encoding : cb;
    const enc = typeof encoding === "string" ? encoding : undefined;
    if (mode === "pass") return write(chunk, enc, callback);
    held.push(toBuffer(chunk, enc));
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse["write"];

  res.end = ((chunk?: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    decide();
    const callback = typeof chunk === "function" ? (chunk as Callback) : typeof encoding === "function" ? encoding : cb;
    const enc = typeof encoding === "string" ? encoding : undefined;
    const data = typeof chunk === "function" ? undefined : chunk;
    if (mode === "pass") return end(data, enc, callback);
    if (data !== undefined && data !== null) held.push(toBuffer(data, enc));
    return end(release(), undefined, callback);
  }) as ServerResponse["end"];
}
