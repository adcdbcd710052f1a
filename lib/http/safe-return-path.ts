// The one check for every "go back to" address a request may carry (the display
// toggles' `back`, the sign-in page's `next`): only a path on this site. An open
// redirect would let a phishing link borrow the portal's address.
//
// Browsers are lenient where a naive prefix check is not: they drop tabs and
// newlines inside a URL ("/\t/evil.example" becomes "//evil.example") and read
// "\" as "/" ("/\evil.example"). So anything with a control character, any
// whitespace or a backslash is refused outright, and what is left must resolve
// to the same origin it started from.

const PROBE_ORIGIN = "http://x.invalid";
const MAX_LENGTH = 2000;

// C0 and C1 controls, every Unicode space (NBSP, ideographic space …), the
// zero-width and bidirectional format characters, and the backslash.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

/**
 * `value` when it is a same-origin relative path ("/wishes/track?x=1"), else
 * `fallback`. Never a scheme ("javascript:", "http:"), never protocol-relative
 * ("//host", "/\host"), never encoded tricks that survive as such ("/%09/…"
 * stays a path on this site: the browser does not decode it before resolving).
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  if (FORBIDDEN.test(value)) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== PROBE_ORIGIN) return fallback;
  // The path as the browser will resolve it, so what is sent is what was checked.
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
