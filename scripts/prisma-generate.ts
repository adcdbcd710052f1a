// `prisma generate` without network access. The Prisma 7 CLI downloads its native
// schema engine before any command, but generate never runs it: pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download, which makes
// this work on an air-gapped intranet too. The client itself is WebAssembly.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
