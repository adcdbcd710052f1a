// Headers every response carries, set by the edge server (scripts/serve.ts)
// before Next handles the request. The Content-Security-Policy is added per
// response by secure-response.ts, because a page's policy names its own scripts.
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Nothing here needs a camera, microphone, location, payment or USB. The
    // clipboard (复制时间地点) and Web Share (发给家人) need no policy entry.
    "Permissions-Policy":
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    // frame-ancestors 'none' in the CSP says the same to current browsers.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  // Only when the public address is https: over plain http browsers ignore it,
  // and on a closed intranet without TLS it must not be promised.
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
