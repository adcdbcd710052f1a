// nginx for the local cluster: the shipped deploy/nginx/huiyin.conf with its
// four "# @cluster" lines rewritten, inside a small main config whose logs, pid,
// temp folders and cache all live in one temporary folder, so nginx runs in the
// foreground as an ordinary child process, as root or not, beside a system nginx.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";

const SITE_TEMPLATE = path.resolve(import.meta.dirname, "../../deploy/nginx/huiyin.conf");

export interface SiteSettings {
  upstreamPorts: number[];
  listenPort: number;
  cacheDir: string;
  /** The build's static folder: <dist dir>/static. */
  staticDir: string;
}

const MARKER = /\s*#\s*@cluster\s+([a-z-]+)\s*$/;

/** The shipped site config with the marked lines set for this machine. */
export function renderSiteConfig(template: string, settings: SiteSettings): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of template.split("\n")) {
    const marker = MARKER.exec(line)?.[1];
    if (!marker) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)?.[0] ?? "";
    const first = !seen.has(marker);
    seen.add(marker);
    if (marker === "server") {
      // The template lists example instances: all of them give way to ours.
      if (first) for (const port of settings.upstreamPorts) out.push(`${indent}server 127.0.0.1:${port};`);
    } else if (marker === "listen") {
      out.push(`${indent}listen ${settings.listenPort};`);
    } else if (marker === "cache-path") {
      out.push(line.replace(MARKER, "").replace(/^(\s*proxy_cache_path\s+)\S+/, `$1${settings.cacheDir}`));
    } else if (marker === "static-root") {
      out.push(`${indent}alias ${settings.staticDir.replace(/\/?$/, "/")};`);
    } else {
      throw new Error(`${SITE_TEMPLATE}: unknown marker "@cluster ${marker}"`);
    }
  }
  // The template changed under us: better to stop than to run half of it.
  for (const marker of ["server", "listen", "cache-path", "static-root"]) {
    if (!seen.has(marker)) throw new Error(`${SITE_TEMPLATE}: no line marked "# @cluster ${marker}"`);
  }
  return out.join("\n");
}

// The types the build's static folder holds; an operator's nginx.conf includes
// the system's mime.types instead, which this keeps us independent of.
const MIME_TYPES = `types {
    text/html html;
    text/css css;
    text/javascript js mjs;
    application/json json map;
    text/plain txt;
    image/svg+xml svg;
    image/png png;
    image/jpeg jpg jpeg;
    image/webp webp;
    image/avif avif;
    image/x-icon ico;
    font/woff woff;
    font/woff2 woff2;
  }`;

export function renderMainConfig(options: {
  prefix: string;
  siteFile: string;
  workers: string;
  extraHttpConfig?: string;
}): string {
  const p = options.prefix;
  return [
    `# Written by scripts/cluster/nginx.ts for one local cluster run.`,
    // As root nginx would hand its workers to "nobody", who may not read a build
    // folder or this temporary folder. The workers run as the user who started
    // the cluster instead; a deployment uses the system's nginx and its user.
    process.getuid?.() === 0 ? "user root;" : "",
    `worker_processes ${options.workers};`,
    `pid ${p}/nginx.pid;`,
    `error_log stderr warn;`,
    `events { worker_connections 4096; }`,
    `http {`,
    `  ${MIME_TYPES}`,
    `  default_type application/octet-stream;`,
    `  sendfile on;`,
    `  tcp_nopush on;`,
    `  access_log off;`,
    // Debian's nginx has absolute default temp paths under /var/lib/nginx.
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${p}/temp/${kind};`),
    `  include ${options.siteFile};`,
    options.extraHttpConfig ?? "",
    `}`,
    ``,
  ].join("\n");
}

/** The nginx binary, or an error that says how to get one: nothing is installed here. */
export function findNginx(): string {
  const candidates = [process.env.HUIYIN_NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  const onPath = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  throw new Error("nginx is not installed: apt-get install -y nginx (or set HUIYIN_NGINX to its path)");
}

/** Runs `nginx -t` on a main config; throws with nginx's own message. */
export function testConfig(binary: string, prefix: string, mainFile: string): void {
  const result = spawnSync(binary, ["-e", "stderr", "-p", prefix, "-c", mainFile, "-t", "-q"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${result.stderr.trim()}`);
}

export function nginxArgs(prefix: string, mainFile: string): string[] {
  // -e: errors before the config is read go to stderr too, not to a log file
  // under /var/log that a non-root user cannot open.
  return ["-e", "stderr", "-p", prefix, "-c", mainFile, "-g", "daemon off;"];
}

export function readTemplate(): string {
  return readFileSync(SITE_TEMPLATE, "utf8");
}
