// The production server: Next in this process behind a small edge that
//  - works out the client address from the socket and the proxies the operator
//    trusts (HUIYIN_TRUSTED_PROXIES), overwriting any header a client sent;
//  - sets the security headers, and a hashed Content-Security-Policy on pages;
//  - compresses, after the page has been hashed.
// `npm start` runs it through scripts/run-with-db.ts. Usage: serve.ts [-p port]
import { createServer } from "node:http";
import { nodeCompression } from "../lib/http/compress";
import next from "next";
import { compileTrust, resolveClientAddress, trustSettingError } from "../lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, markEdgeServer } from "../lib/http/edge-marker";
import { secureResponse } from "../lib/http/secure-response";
import { securityHeaders } from "../lib/http/security-headers";

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
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, trust);
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

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive sockets would hold close() open.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
