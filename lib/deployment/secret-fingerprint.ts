// Every instance of one deployment must hold the same secrets: a second instance
// with another NEXTAUTH_SECRET would refuse the first one's sessions, and one with
// another HUIYIN_ENCRYPTION_KEY would write contact data nobody else can read. So
// the first instance to start records a fingerprint of each secret in the
// database, and every later start compares its own and refuses to run on a
// mismatch, naming the variable (scripts/run-with-db.ts).
//
// A fingerprint is a SHA-256 of the name and the value: the secrets are 32
// random bytes, so the hash gives nothing away. To change a secret on purpose,
// stop every instance and delete its row (README, "Deploying").
import { createHash } from "node:crypto";
import type { SqlClient } from "../db/migration-support";

export const FINGERPRINTED_SECRETS = [
  "NEXTAUTH_SECRET",
  "HUIYIN_ENCRYPTION_KEY",
  "HUIYIN_LOOKUP_KEY",
  "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
] as const;

type Source = Readonly<Record<string, string | undefined>>;

/** name → fingerprint, for each of the secrets that is set. */
export function secretFingerprints(source: Source): Map<string, string> {
  const fingerprints = new Map<string, string>();
  for (const name of FINGERPRINTED_SECRETS) {
    const value = source[name];
    if (!value) continue;
    fingerprints.set(name, createHash("sha256").update(`huiyin secret fingerprint\0${name}\0${value}`).digest("hex"));
  }
  return fingerprints;
}

/**
 * Records the fingerprints the database does not hold yet, and returns the names
 * of the secrets whose recorded fingerprint differs from this instance's.
 */
export async function mismatchedSecrets(client: SqlClient, fingerprints: Map<string, string>): Promise<string[]> {
  const names = [...fingerprints.keys()];
  if (names.length === 0) return [];
  // ON CONFLICT DO NOTHING: instances starting together record the first one's.
  await client.query(
    `INSERT INTO "SecretFingerprint" (name, fingerprint)
     SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (name) DO NOTHING`,
    [names, names.map((name) => fingerprints.get(name))],
  );
  const { rows } = await client.query<{ name: string; fingerprint: string }>(
    `SELECT name, fingerprint FROM "SecretFingerprint" WHERE name = ANY($1::text[])`,
    [names],
  );
  return rows
    .filter((row) => row.fingerprint !== fingerprints.get(row.name))
    .map((row) => row.name)
    .sort();
}
