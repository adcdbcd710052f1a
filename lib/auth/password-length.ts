// The length rule of every staff password, in a module a form may import (the
// rest of the policy, lib/auth/password-policy.ts, is server-only).
export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; past this, Argon2 work grows for no gain. */
export const MAX_PASSWORD_LENGTH = 128;
