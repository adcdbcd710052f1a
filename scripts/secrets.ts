// Secrets for the embedded (local) mode, generated once into the data folder so a
// first `npm run dev` needs no configuration. Deployments set them in the environment.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export interface LocalSecrets {
  NEXTAUTH_SECRET: string;
  HUIYIN_ENCRYPTION_KEY: string;
  HUIYIN_LOOKUP_KEY: string;
}

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
 */
export function fillMissingSecrets(env: NodeJS.ProcessEnv): void {
  for (const [key, value] of Object.entries(generateSecrets())) env[key] ||= value;
}

export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  try {
    return JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  } catch {
    const secrets = generateSecrets();
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}
