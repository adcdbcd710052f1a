// Staff password hashing. Argon2id with the OWASP baseline (19 MiB, 2 passes, 1
// lane): memory-hard, so GPU guessing of a leaked hash is expensive, while one
// hash still takes only tens of milliseconds on a small server.
//
// The parameters travel inside the PHC string ($argon2id$v=19$m=19456,t=2,p=1$…),
// so verifyPassword keeps working for old hashes if these numbers are raised later.
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// The package declares Algorithm as an ambient `const enum` (Argon2id = 2) and its
// runtime export is an empty object, so `Algorithm.Argon2id` cannot be read under
// isolatedModules/tsx. The literal is typed against the enum, so a change of value
// in the package's declaration would fail type-checking here.
const ARGON2ID: Algorithm = 2;

const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(plain: string): Promise<string> {
  return hash(plain, PASSWORD_HASH_OPTIONS);
}

/**
 * False for a wrong password and for a malformed hash alike: a sign-in form must
 * not tell the two apart, and a corrupted row should fail closed, not crash.
 */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
