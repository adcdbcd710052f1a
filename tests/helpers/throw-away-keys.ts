// Fresh keys for residents' contact data (encryption) and for keyed hashes (phone
// lookup, client IPs), made up for one test file and never stored. A session
// secret too, unless the file set its own: /api/health reports a server without
// its secrets as degraded.
//
// Calling this in the file's body, after its imports, is early enough: lib/env's
// requireEnv() reads these variables each time a value is encrypted or hashed,
// never when a module is imported. Call it before the first test or hook runs.
import { randomBytes } from "node:crypto";

export function useThrowAwayKeys(): void {
  process.env.HUIYIN_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  process.env.HUIYIN_LOOKUP_KEY = randomBytes(32).toString("base64");
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
}
