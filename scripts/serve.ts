// The production server: Next in this process behind a small edge that
//  - works out the client address from the socket and the proxies the operator
//    trusts (HUIYIN_TRUSTED_PROXIES), overwriting any header a client sent;
//  - sets the security headers, and a hashed Content-Security-Policy on pages;
//  - compresses, after the page has been hashed.
// `npm start` runs it through scripts/run-with-db.ts. Usage: serve.ts [-p port]
import { createServer } from "node:http";
import { Server as NetServer } from "node:net";
import { nodeCompression } from "../lib/http/compress";
import next from "next";
import { compileTrust, resolveClientAddress, trustSettingError } from "../lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, markEdgeServer } from "../lib/http/edge-marker";
import { secureResponse } from "../lib/http/secure-response";
import { securityHeaders } from "../lib/http/security-headers";
import { isDraining, startDraining } from "../lib/health/draining";
import { sharedTagSync } from "../lib/cache/shared-cache-handler.mjs";

const portFlag = process.argv.indexOf("-p");
const port = Number(portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || undefined;

const trustSetting = process.env.HUIYIN_TRUSTED_PROXIES;
const trustError = trustSettingError(trustSetting);
if (trustError) {
  console.error(`[huiyin] HUIYIN_TRUSTED_PROXIES is not valid: ${trustError}`);
  process.exit(1);
}
const trust = compileTrust(trustSetting);
const publicUrl = process.env.NEXTAUTH_URL ?? process.env.HUIYIN_PUBLIC_URL ?? "";
const https = publicUrl.startsWith("https://");
const headers = Object.entries(securityHeaders({ https }));
const compress = nodeCompression();
let refusedReported = false;

markEdgeServer();
const app = next({ dev: false, dir: process.cwd(), port, hostname });
// Before the first request: the invalidations other instances made while this
// one was down (lib/cache/tag-sync.mjs), so it never serves a page they dropped.
await sharedTagSync()?.ready;
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, trust);
  if (isDraining()) res.setHeader("Connection", "close");
  for (const [name, value] of headers) res.setHeader(name, value);
  compress(req, res, () => {
    // Wrapped after compression, so the page is hashed before it is compressed.
    secureResponse(res, {
      https,
      url: req.url ?? "",
      onRefusedScripts: (count, url) => {
        if (refusedReported) return;
        refusedReported = true;
        console.warn(`[huiyin] ${count} inline script(s) on ${url.split("?")[0]} got no CSP hash and will not run`);
      },
    });
    void handle(req, res);
  });
});
server.listen(port, hostname, () => {
  console.log(
    `[huiyin] listening on http://${hostname ?? "localhost"}:${port} (trusted proxies: ${trustSetting || "none"})`,
  );
});

// Graceful shutdown: readiness turns 503 at once (lib/health/draining.ts) and
// every response from then on says "Connection: close", so each keep-alive
// client's next request is its last here. After HUIYIN_DRAIN_DELAY_MS (1 s) the
// server stops accepting connections, lets requests in flight and the open
// keep-alive sockets finish, and exits. HUIYIN_SHUTDOWN_TIMEOUT_MS (25 s, inside
// Kubernetes' 30 s grace) bounds the whole.
const shutdownTimeout = Number(process.env.HUIYIN_SHUTDOWN_TIMEOUT_MS ?? 25_000);
const drainDelay = Number(process.env.HUIYIN_DRAIN_DELAY_MS ?? 1_000);
for (const [name, value] of [
  ["HUIYIN_SHUTDOWN_TIMEOUT_MS", shutdownTimeout],
  ["HUIYIN_DRAIN_DELAY_MS", drainDelay],
] as const) {
  if (!Number.isInteger(value) || value < 0) {
    console.error(`[huiyin] ${name} must be a whole number of milliseconds`);
    process.exit(1);
  }
}
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    startDraining();
    console.log(`[huiyin] ${signal}: draining, then finishing requests in flight and exiting`);
    // net.Server's close, not http.Server's: stop listening, but leave open
    // keep-alive sockets to end after their next response ("Connection: close")
    // or their keep-alive timeout. http's close() would cut them at once, with a
    // request perhaps already on its way (seen as resets under load).
    setTimeout(() => NetServer.prototype.close.call(server, () => process.exit(0)), drainDelay).unref();
    setTimeout(() => process.exit(0), shutdownTimeout).unref();
  });
}
