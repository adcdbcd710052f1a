// Issue 12, finding 3: a bare `next start` (or a custom server) must refuse to run
// without its secrets too, not only `npm start`'s wrapper. Next calls register()
// once at start-up and only logs what it throws, so it must end the process.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { register } from "../../instrumentation";

const SECRETS = {
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  HUIYIN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  HUIYIN_LOOKUP_KEY: randomBytes(32).toString("base64"),
  NEXTAUTH_URL: "https://huiyin.example.org",
};

function stubEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
}

/** Runs register() with process.exit and console.error captured. */
async function runRegister(): Promise<{ exitCode: number | undefined; printed: string }> {
  let exitCode: number | undefined;
  vi.spyOn(process, "exit").mockImplementation((code) => {
    exitCode = Number(code);
    return undefined as never;
  });
  const printed: string[] = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void printed.push(args.join(" ")));
  await register();
  return { exitCode, printed: printed.join("\n") };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("instrumentation register()", () => {
  it("ends a production Node server that lacks its encryption key, naming it", async () => {
    stubEnv({ ...SECRETS, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", HUIYIN_ENCRYPTION_KEY: undefined });
    const { exitCode, printed } = await runRegister();
    expect(exitCode).toBe(1);
    expect(printed).toMatch(/HUIYIN_ENCRYPTION_KEY: is not set/);
    expect(printed).not.toMatch(/NEXTAUTH_SECRET/);
  });

  it("ends a production server whose NEXTAUTH_URL is plain http", async () => {
    stubEnv({ ...SECRETS, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", NEXTAUTH_URL: "http://example.org" });
    const { exitCode, printed } = await runRegister();
    expect(exitCode).toBe(1);
    expect(printed).toMatch(/NEXTAUTH_URL: must be https/);
  });

  it("lets a complete production configuration start", async () => {
    stubEnv({ ...SECRETS, NODE_ENV: "production", NEXT_RUNTIME: "nodejs" });
    expect((await runRegister()).exitCode).toBeUndefined();
  });

  it("starts a production server without SMS_PROVIDER, warning that messages only reach the log", async () => {
    stubEnv({ ...SECRETS, NODE_ENV: "production", NEXT_RUNTIME: "nodejs", SMS_PROVIDER: undefined });
    const warned: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warned.push(args.join(" ")));
    expect((await runRegister()).exitCode).toBeUndefined();
    expect(warned.join("\n")).toMatch(/WARNING: SMS_PROVIDER is not set/);
  });

  it("leaves development alone: run-with-db --dev generates what is missing", async () => {
    stubEnv({ NODE_ENV: "development", NEXT_RUNTIME: "nodejs", NEXTAUTH_URL: undefined });
    expect((await runRegister()).exitCode).toBeUndefined();
  });
});
