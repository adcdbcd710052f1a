// What a production server cannot run without, checked once at start-up.
//
// lib/env.ts keeps the secrets optional so `next build` works on a machine with
// none; without this check a server missing a key would start, report healthy and
// fail every wish submission at first use. Every problem is listed, each with its
// variable's name and never its value, so an operator fixes them all in one go.
import { z } from "zod";

export const SECRET_NAMES = ["NEXTAUTH_SECRET", "HUIYIN_ENCRYPTION_KEY", "HUIYIN_LOOKUP_KEY"] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const base64 = z.base64();

/** Byte length of a standard base64 value, or null when it is not base64. */
function base64Bytes(value: string): number | null {
  return base64.safeParse(value).success ? Buffer.from(value, "base64").length : null;
}

const SECRET_RULES: Record<SecretName, (value: string) => string | null> = {
  // next-auth signs and encrypts the session JWT with a key derived from it.
  NEXTAUTH_SECRET: (v) => (v.length >= 32 ? null : "must be at least 32 characters"),
  // AES-256-GCM takes exactly a 32-byte key.
  HUIYIN_ENCRYPTION_KEY: (v) => (base64Bytes(v) === 32 ? null : "must be base64 of exactly 32 bytes"),
  // HMAC-SHA256 key: shorter than its output would weaken the keyed hash.
  HUIYIN_LOOKUP_KEY: (v) => ((base64Bytes(v) ?? 0) >= 32 ? null : "must be base64 of at least 32 bytes"),
};

type Source = Readonly<Record<string, string | undefined>>;

/** One line per missing or malformed secret: "NAME: reason". */
export function secretProblems(source: Source): string[] {
  const problems: string[] = [];
  for (const name of SECRET_NAMES) {
    const value = source[name];
    const problem = value ? SECRET_RULES[name](value) : "is not set";
    if (problem) problems.push(`${name}: ${problem}`);
  }
  return problems;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Everything wrong with a production environment, one line per variable. */
export function productionEnvProblems(source: Source): string[] {
  const problems = secretProblems(source);
  const url = source.NEXTAUTH_URL;
  const allowHttp = source.HUIYIN_ALLOW_HTTP === "1" || source.HUIYIN_ALLOW_HTTP === "true";
  if (!url) {
    problems.push("NEXTAUTH_URL: is not set (the public https address of the site)");
  } else if (!URL.canParse(url)) {
    problems.push("NEXTAUTH_URL: is not a URL");
  } else if (!isHttpsUrl(url) && !allowHttp) {
    // Over http the session cookie is not Secure and travels in clear text.
    problems.push("NEXTAUTH_URL: must be https (set HUIYIN_ALLOW_HTTP=1 only for a closed intranet)");
  }
  // Several instances (they share Redis) must decrypt each other's Server Action
  // closures: one fixed key for all, also across the two builds of a rolling update.
  const actionsKey = source.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (actionsKey && base64Bytes(actionsKey) !== 32) {
    problems.push("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be base64 of exactly 32 bytes");
  } else if (!actionsKey && source.REDIS_URL) {
    problems.push(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: is not set; with REDIS_URL (several instances) every instance needs the same one",
    );
  }
  return problems;
}

/**
 * What a production server can run with but an operator must hear about, one
 * line each. SMS_PROVIDER unset falls back to `log` rather than refusing to
 * start: a community may go live before its SMS contract is signed, and residents
 * can still track their wishes on the site. But then every text message "sent"
 * is only a log line, so the start says so loudly. Setting SMS_PROVIDER=log
 * explicitly is taken as a decision and silences it.
 */
export function productionEnvWarnings(source: Source): string[] {
  const warnings: string[] = [];
  if (!source.SMS_PROVIDER) {
    warnings.push(
      "SMS_PROVIDER is not set: text messages go to the server log only and never reach residents. " +
        "Set SMS_PROVIDER=webhook, aliyun or tencent (README, Messages), or SMS_PROVIDER=log to keep it so on purpose.",
    );
  }
  return warnings;
}

export class ProductionEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Refusing to start in production: the environment is incomplete.\n${problems
        .map((p) => `  ${p}`)
        .join("\n")}\nSee .env.example and the README (Configuration).`,
    );
    this.name = "ProductionEnvError";
  }
}

export function assertProductionEnv(source: Source = process.env): void {
  const problems = productionEnvProblems(source);
  if (problems.length > 0) throw new ProductionEnvError(problems);
}

/**
 * For instrumentation.ts: prints the problems and ends the process. Kept here,
 * not there, because Next also compiles instrumentation.ts for the Edge
 * runtime, which has no process.exit and warns at every build.
 */
export function exitOnProductionEnvProblems(source: Source = process.env): void {
  // Printed here, once per server start (run-with-db only checks, then starts this server).
  for (const warning of productionEnvWarnings(source)) console.warn(`[huiyin] WARNING: ${warning}`);
  const problems = productionEnvProblems(source);
  if (problems.length === 0) return;
  console.error(new ProductionEnvError(problems).message);
  process.exit(1);
}
