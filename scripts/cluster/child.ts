// One child process of the cluster (an app instance or nginx): its output as
// prefixed lines, its exit as a promise, and signals to its whole process group.
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export type OutputSink = (source: string, line: string) => void;

export interface Child {
  name: string;
  /** Resolves with the exit code (or 1 when killed by a signal). */
  exited: Promise<number>;
  /** Whether it has exited. */
  done(): boolean;
  /** The last lines it printed, for error messages. */
  tail(): string[];
  signal(signal: NodeJS.Signals): void;
}

const TAIL_LINES = 40;

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; output: OutputSink },
): Child {
  // Its own process group (detached): a Ctrl-C in the terminal reaches only the
  // cluster script, which then stops each child in order (instances drain first).
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
    options.output(name, line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on("line", onLine);
  }
  let finished = false;
  const exited = new Promise<number>((resolve) => {
    child.on("error", (error) => {
      onLine(`could not start ${command}: ${error.message}`);
      finished = true;
      resolve(1);
    });
    child.on("exit", (code) => {
      finished = true;
      resolve(code ?? 1);
    });
  });
  return {
    name,
    exited,
    done: () => finished,
    tail: () => [...lines],
    signal(signal) {
      if (finished || !child.pid) return;
      try {
        // The whole group: tsx, run-with-db and the server under it.
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    },
  };
}

/** Waits for the child to exit; past the timeout, kills its group. */
export async function stopChild(child: Child, signal: NodeJS.Signals, timeoutMs: number): Promise<number> {
  child.signal(signal);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const result = await Promise.race([child.exited, timeout]);
  clearTimeout(timer);
  if (result !== "timeout") return result;
  child.signal("SIGKILL");
  return child.exited;
}
