// npm run build:standalone — after `npm run build`, makes <distDir>/standalone a
// folder that runs on its own (the container image copies only it; see Dockerfile).
//
// `next build` with `output: "standalone"` writes the app and the node_modules
// files it needs, plus a server.js that we do not use: production runs our own
// server (scripts/serve.ts), which adds the edge (client address, CSP, compression)
// and the graceful drain. This script adds:
//   scripts/serve.mjs               the server (scripts/standalone/serve.ts)
//   scripts/db-migrate.mjs          migrations (the Kubernetes Job)
//   scripts/db-purge.mjs            the retention purge (the CronJob)
//   scripts/worker.mjs              the notifications worker
//   scripts/staff-create-admin.mjs  the first administrator
//   prisma/migrations, prisma/routines   what db-migrate applies
//   public/, <distDir>/static       files Next serves but does not copy itself
// and every node_modules file those scripts load that Next's trace left out.
//
// How: esbuild bundles each entry's own code (TypeScript, the `@/` alias) into one
// ES module and leaves every package external; then Next's file tracer (@vercel/nft,
// the one `next build` itself uses) lists the package files each bundle needs, and
// the missing ones are copied, at the same paths. `next`, React and the rest
// therefore stay single copies shared with the app. Usage, from the repository root:
//   npm run build && npm run build:standalone        (NEXT_DIST_DIR is honoured)
import { cp, lstat, mkdir, readFile, readlink, rm, symlink } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = path.join(root, distDir, "standalone");
// Bundles are first written inside the build folder, under the repository, so the
// tracer resolves their packages from the repository's node_modules.
const staging = path.join(root, distDir, "standalone-scripts");

/** Output name (in <standalone>/scripts) → source entry. */
const ENTRIES: Record<string, string> = {
  serve: "scripts/standalone/serve.ts",
  "db-migrate": "scripts/db-migrate.ts",
  "db-purge": "scripts/db-purge.ts",
  worker: "scripts/worker.ts",
  "staff-create-admin": "scripts/staff-create-admin.ts",
};

/** Copied as they are, from the repository to the same place in the standalone folder. */
const ASSETS = ["public", "prisma/migrations", "prisma/routines", path.join(distDir, "static")];

/**
 * Left to Next's own trace, or never needed at run time. `next` is traced by
 * `next build` for exactly our use: its standalone trace includes
 * next/dist/server/next.js, the custom-server entry serve.ts calls, and the
 * 'use cache' handlers; tracing it again from our bundles would add its
 * development runtimes (about 80 MB). Patterns are tested on paths relative to the
 * repository, as in Next's own ignore list.
 */
const TRACE_IGNORES = [/^node_modules\/next\//, /\.map$/, /\.d\.[cm]?ts$/, /\/react(-dom)?\/.*\.development\.js$/];

/**
 * `import "server-only"` marks lib/ modules that must stay out of client bundles.
 * The npm scripts run under `--conditions=react-server`, where the package is an
 * empty module; the bundles get that empty module without the flag.
 */
const serverOnlyPlugin: Plugin = {
  name: "server-only",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

interface NftResult {
  fileList: Set<string>;
  esmFileList: Set<string>;
  warnings: Set<Error>;
}
type NodeFileTrace = (
  files: string[],
  // No `conditions`: the tracer then resolves each import with "import" and each
  // require() with "require", as Node does. Listing "import" would apply it to both.
  options: { base: string; processCwd: string; ignore?: (file: string) => boolean },
) => Promise<NftResult>;

async function main(): Promise<void> {
  if (!existsSync(path.join(standalone, "server.js"))) {
    fail(
      `${path.relative(root, standalone)} is missing: run \`npm run build\` first (next.config.ts output: "standalone")`,
    );
  }

  await rm(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries(ENTRIES).map(([out, entry]) => ({ in: entry, out })),
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20.19",
    // Every package stays a package: the standalone folder's node_modules, shared
    // with the app Next built (one `next`, one React).
    packages: "external",
    plugins: [serverOnlyPlugin],
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  const bundles = Object.keys(result.metafile.outputs)
    .filter((file) => file.endsWith(".mjs"))
    .map((file) => path.join(root, file));

  // The 'use cache' handlers next.config.ts names are loaded by path at run time.
  const config = await readRequiredServerConfig();
  const handlers = [config.cacheHandler, ...Object.values(config.cacheHandlers ?? {})]
    .filter((file): file is string => typeof file === "string" && file !== "")
    .map((file) => path.resolve(root, distDir, file));

  const require = createRequire(import.meta.url);
  const { nodeFileTrace } = require("next/dist/compiled/@vercel/nft") as { nodeFileTrace: NodeFileTrace };
  const trace = await nodeFileTrace([...bundles, ...handlers], {
    base: root,
    processCwd: root,
    ignore: (file) => TRACE_IGNORES.some((pattern) => pattern.test(file)),
  });
  const traced = [...trace.fileList, ...trace.esmFileList].filter(
    (file) => !path.resolve(root, file).startsWith(staging + path.sep),
  );
  let copied = 0;
  for (const file of new Set(traced)) {
    if (file.startsWith("..")) fail(`${file} is outside the repository`);
    if (await copyIfMissing(path.join(root, file), path.join(standalone, file))) copied += 1;
  }

  await mkdir(path.join(standalone, "scripts"), { recursive: true });
  for (const bundle of bundles) {
    for (const file of [bundle, `${bundle}.map`]) {
      await cp(file, path.join(standalone, "scripts", path.basename(file)));
    }
  }
  await rm(staging, { recursive: true, force: true });

  for (const asset of ASSETS) {
    const from = path.join(root, asset);
    if (!existsSync(from)) continue;
    const to = path.join(standalone, asset);
    await rm(to, { recursive: true, force: true });
    await cp(from, to, { recursive: true, verbatimSymlinks: true });
  }

  console.log(
    `build:standalone: ${bundles.length} scripts in ${path.relative(root, standalone)}/scripts, ` +
      `${copied} package files added beside Next's trace; run it with: node ${path.relative(root, standalone)}/scripts/serve.mjs`,
  );
}

async function readRequiredServerConfig(): Promise<{
  cacheHandler?: unknown;
  cacheHandlers?: Record<string, unknown>;
}> {
  const file = path.join(root, distDir, "required-server-files.json");
  const manifest = JSON.parse(await readFile(file, "utf8")) as {
    config: { cacheHandler?: unknown; cacheHandlers?: Record<string, unknown> };
  };
  return manifest.config;
}

/** Copies one traced file (a symbolic link as a link), unless Next's trace put it there already. */
async function copyIfMissing(from: string, to: string): Promise<boolean> {
  if (await lstat(to).catch(() => null)) return false;
  await mkdir(path.dirname(to), { recursive: true });
  const stat = await lstat(from);
  if (stat.isSymbolicLink()) await symlink(await readlink(from), to);
  else await cp(from, to);
  return true;
}

function fail(message: string): never {
  console.error(`build:standalone: ${message}`);
  process.exit(1);
}

await main();
