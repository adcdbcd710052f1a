import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment: a malformed variable stops dev and build here.
import { readEnv } from "./lib/env";
import { publicRedirects, publicRewrites } from "./lib/i18n/public-routes";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // One self-contained build (.next/standalone) that every instance and the
  // container image run: see Dockerfile and README "Deploying".
  output: "standalone",
  // The build's name: a browser holding an older build's page loads the next one
  // in full, instead of asking this build for code it does not have.
  deploymentId: readEnv().HUIYIN_DEPLOYMENT_ID,
  // Public pages cache their data with 'use cache' + cacheTag (see lib/cache/tags.ts).
  cacheComponents: true,
  // Next's in-memory 'use cache' handler, plus invalidations shared between
  // instances through Redis when REDIS_URL is set (lib/cache/tag-sync.mjs).
  cacheHandlers: { default: path.join(process.cwd(), "lib/cache/shared-cache-handler.mjs") },
  // Off: a page for an unlisted param (every real page, see the layout) is
  // rendered whole on its first request and then cached as a static page, instead
  // of serving a fallback shell that needs JavaScript to fill in.
  partialPrefetching: false,
  poweredByHeader: false,
  // Off: the edge server (scripts/serve.ts) compresses, after it has hashed a
  // page's inline scripts for the Content-Security-Policy. Next's own gzip would
  // run first and hand it compressed bytes.
  compress: false,
  // Off: Next hashes the whole body of every response to make an ETag, on every
  // request; in a CPU profile of the server serving the cached market-day page
  // (107 KB) that hash was the costliest JavaScript function. Pages still carry
  // their Cache-Control.
  generateEtags: false,
  // Public addresses onto the internal /<locale>/<mode>/… routes: see the module.
  redirects: () => Promise.resolve(publicRedirects()),
  rewrites: () => Promise.resolve({ beforeFiles: [], afterFiles: publicRewrites(), fallback: [] }),
  // forbidden() renders admin/forbidden.tsx with a 403 when a role may not use a page.
  // bodySizeLimit: Next's default lets every Server Action post 1 MB. The largest
  // form (a market day: two 4,000-character descriptions, sent again inside the
  // previous form state) stays under 50 KB in UTF-8, so 64 KB, the route handlers'
  // limit too (lib/http/read-body.ts), refuses junk without refusing a real form.
  // isrFlushToDisk off: an instance keeps the pages it renders in memory only. On
  // disk, instances sharing a build folder would serve each other's copies, and a
  // restarted one its own old copies, rendered before invalidations it never saw.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "64kb" }, isrFlushToDisk: false },
  // Lets the e2e server build into its own folder, so a test run never collides
  // with a `next build` or `next dev` working in .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite and pg are Node server packages; keep them out of the bundle. So are
  // the SMS SDKs and nodemailer (lib/notifications/channels): large CommonJS
  // packages with optional native add-ons (ws), loaded only by the provider in use.
  // chinese-days (lib/time/working-days.ts) says "type": "commonjs" but points
  // "module" at an ES build, which Turbopack refuses to bundle: Node loads its
  // CommonJS main instead. Server only: no client component imports it.
  serverExternalPackages: [
    "chinese-days",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "pg-boss",
    "@node-rs/argon2",
    "@alicloud/dysmsapi20170525",
    "@alicloud/openapi-core",
    "tencentcloud-sdk-nodejs-sms",
    "nodemailer",
  ],
};

export default withNextIntl(nextConfig);
