// Secrets for the embedded (local) mode, generated once into the data folder so a
// first `npm run dev` needs no configuration. Deployments set them in the environment.
//
// The file holds the key that encrypts residents' contact data: a new key makes
// every stored name and phone unreadable. So it is created only when it does not
// exist and the database holds no encrypted data yet. Any other trouble (no read
// permission, broken JSON, a missing or malformed key) stops the start with a
// message instead of quietly replacing it.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { SECRET_NAMES, secretProblems, type SecretName } from "../lib/production-env";

export type LocalSecrets = Record<SecretName, string>;

function generateSecrets(): LocalSecrets {
  return {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HUIYIN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    HUIYIN_LOOKUP_KEY: randomBytes(32).toString("base64"),
  };
}

/**
 * Throw-away secrets for a test or benchmark server on an external database,
 * where run-with-db generates none: only the variables the caller left unset.
 * With a `label` they are derived from it instead of random: a test server that
 * starts again on the database of its last run must present the same secrets,
 * or the start's fingerprint check refuses it (lib/deployment/secret-fingerprint.ts).
 */
export function fillMissingSecrets(env: NodeJS.ProcessEnv, label?: string): void {
  const derive = (name: string) => createHash("sha256").update(`huiyin test secret\0${label}\0${name}`).digest();
  const secrets: Record<string, string> = label
    ? {
        NEXTAUTH_SECRET: derive("NEXTAUTH_SECRET").toString("base64url"),
        HUIYIN_ENCRYPTION_KEY: derive("HUIYIN_ENCRYPTION_KEY").toString("base64"),
        HUIYIN_LOOKUP_KEY: derive("HUIYIN_LOOKUP_KEY").toString("base64"),
      }
    : generateSecrets();
  for (const [key, value] of Object.entries(secrets)) env[key] ||= value;
}

const UNREADABLE_CONSEQUENCE =
  "It is not replaced automatically: new keys would make every resident's stored name and phone unreadable. " +
  "Restore the file from a backup (or fix its permissions), or set NEXTAUTH_SECRET, HUIYIN_ENCRYPTION_KEY and " +
  "HUIYIN_LOOKUP_KEY in the environment.";

export class SecretsFileError extends Error {
  constructor(file: string, problem: string) {
    super(`The secrets file ${file} ${problem}. ${UNREADABLE_CONSEQUENCE}`);
    this.name = "SecretsFileError";
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

function parseSecrets(file: string, text: string): LocalSecrets {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SecretsFileError(file, "is not valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new SecretsFileError(file, "does not hold a JSON object");
  }
  const record = parsed as Record<string, unknown>;
  const values: Partial<Record<SecretName, string>> = {};
  for (const name of SECRET_NAMES) {
    const value = record[name];
    if (typeof value === "string") values[name] = value;
  }
  // Only names and reasons: the values are secrets and must not reach a log.
  const problems = secretProblems(values);
  if (problems.length > 0) {
    throw new SecretsFileError(file, `is incomplete or malformed (${problems.join("; ")})`);
  }
  return values as LocalSecrets;
}

export interface LoadSecretsOptions {
  /** Whether the database already holds data encrypted with the keys of this folder. */
  hasEncryptedData: () => Promise<boolean>;
}

export async function loadOrCreateLocalSecrets(dataDir: string, options: LoadSecretsOptions): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (!isMissingFile(error)) {
      const code = error instanceof Error && "code" in error ? String(error.code) : "unknown error";
      throw new SecretsFileError(file, `cannot be read (${code})`);
    }
    if (await options.hasEncryptedData()) {
      throw new SecretsFileError(file, "is missing, but the database holds encrypted contact data");
    }
    const secrets = generateSecrets();
    await mkdir(dataDir, { recursive: true });
    // "wx": never overwrite a file another process created meanwhile.
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
    return secrets;
  }
  return parseSecrets(file, text);
}
