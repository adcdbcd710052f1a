// The Content-Security-Policy of every page, and the hashes of its inline scripts.
//
// Why hashes and not a nonce: the public pages are cached ('use cache', Cache
// Components). A nonce must change on every response, so Next would have to
// render every page per request. The edge server (scripts/serve.ts) instead
// reads each finished HTML response, hashes the inline scripts the framework
// wrote (the RSC payload pushes and React's streaming helpers) and sends their
// SHA-256 in the header. A cached page keeps being served from the cache.
//
// Only scripts that start like the framework's own are hashed. Anything else
// inline (which React's escaping should make impossible) gets no hash and the
// browser refuses to run it.
import { createHash } from "node:crypto";

/** How Next 16 and React 19 start the inline scripts they write into a page. */
const FRAMEWORK_SCRIPT_STARTS = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
  "(self.__next_f=self.__next_f||[]).push(",
  "self.__next_f.push(",
  "requestAnimationFrame(function(){$RT=",
  "$RC=",
  "$RS=",
  "$RX=",
  "$RB=",
  "$RV=",
  "$RM=",
  "$RR=",
  "$RC(",
  "$RS(",
  "$RX(",
  "$RR(",
  "$RV(",
  'document.querySelectorAll(\'body link[rel="icon"]',
  "self.__next_r=",
  // A resumable shell (the not-found page) fetches the rest of itself.
  "__NEXT_CLIENT_RESUME=fetch(",
] as const;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\ssrc\s*=/i;
const TYPE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

export interface InlineScripts {
  /** 'sha256-…' sources for the framework's inline scripts. */
  hashes: string[];
  /** Inline scripts that were left without a hash (they will not run). */
  refused: number;
}

export function hashInlineScripts(html: string): InlineScripts {
  const hashes = new Set<string>();
  let refused = 0;
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    const typeValue = (type?.[1] ?? type?.[2] ?? type?.[3] ?? "").trim().toLowerCase();
    // JSON-LD and other data blocks are never executed; CSP does not apply.
    if (!EXECUTABLE_TYPES.has(typeValue)) continue;
    if (body.trim() === "") continue;
    if (!FRAMEWORK_SCRIPT_STARTS.some((start) => body.startsWith(start))) {
      refused += 1;
      continue;
    }
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return { hashes: [...hashes], refused };
}

export interface PolicyOptions {
  scriptHashes: readonly string[];
  https: boolean;
}

/**
 * default-src 'none' and each kind of resource allowed from this origin only.
 * Styles allow 'unsafe-inline' because React writes style="" attributes; CSS
 * cannot run script, and the observatory accepts it.
 */
export function contentSecurityPolicy({ scriptHashes, https }: PolicyOptions): string {
  const directives = [
    "default-src 'none'",
    `script-src 'self'${scriptHashes.length ? ` ${scriptHashes.join(" ")}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** For responses that are not pages (JSON, CSV, images): nothing may run or frame them. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
