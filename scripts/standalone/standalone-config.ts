// Readies the process for scripts/serve.ts inside a standalone build (next.config.ts
// `output: "standalone"`), the way Next's own standalone server.js does:
// - the working directory is the standalone folder, which serve.ts hands to next();
// - NODE_ENV is production;
// - Next takes its config from __NEXT_PRIVATE_STANDALONE_CONFIG: the config that
//   `next build` wrote into <distDir>/required-server-files.json. next.config.ts
//   (TypeScript, with its imports) is not in the folder, and its values are fixed
//   at build time anyway.
// scripts/standalone/serve.ts imports this module first. Not for `npm start`,
// which runs scripts/serve.ts in the repository with next.config.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The bundle runs from <standalone>/scripts/serve.mjs (scripts/build-standalone.ts).
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
Object.assign(process.env, { NODE_ENV: "production" });

if (!process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {
  // The build folder: .next unless the build set NEXT_DIST_DIR.
  const distDirs = [".next", ...readdirSync(root).filter((name) => name.startsWith(".next"))];
  const manifest = distDirs
    .map((name) => path.join(root, name, "required-server-files.json"))
    .find((file) => existsSync(file));
  if (!manifest) {
    console.error(`[huiyin] ${root} holds no <distDir>/required-server-files.json: not a standalone build`);
    process.exit(1);
  }
  const { config } = JSON.parse(readFileSync(manifest, "utf8")) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}
