// Runs one of the project's tsx scripts as an operator would: a child process.
// Asynchronous on purpose: in embedded mode the test's database is served by a
// socket server in this very process, which a blocking spawnSync would starve.
import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ScriptRun {
  status: number | null;
  /** stdout and stderr together. */
  out: string;
}

/** Any variables: unlike NodeJS.ProcessEnv (Next types NODE_ENV as required), NODE_ENV may be left unset. */
export type ScriptEnv = Record<string, string | undefined>;

export function runScript(
  script: string,
  args: string[],
  options: { cwd?: string; env: ScriptEnv; input?: string; tsxArgs?: string[] },
): Promise<ScriptRun> {
  const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const child = spawn(
    process.execPath,
    [tsx, "--tsconfig", path.join(ROOT, "tsconfig.json"), ...(options.tsxArgs ?? []), path.join(ROOT, script), ...args],
    // The cast only widens Next's required NODE_ENV back to what a process really has.
    { cwd: options.cwd ?? ROOT, env: options.env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stdin.end(options.input ?? "");
  const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, out });
    });
  });
}
