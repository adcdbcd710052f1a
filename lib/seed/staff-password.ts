// Password for the seeded admin/staff/secretary accounts.
//
// A well-known default is convenient on a laptop and dangerous anywhere else. Only
// `npm run dev` may use it: it passes an explicit signal (run-with-db's --dev) down
// to here. NODE_ENV cannot decide this: `npm start` does not set it in the wrapper
// process that seeds, so the old check let a first production start create three
// accounts anyone who read the README could sign in to.
//
// Without the signal and without SEED_STAFF_PASSWORD the demo accounts are still
// created (the demo wishes' histories name them), but locked: deactivated, with
// a random password nobody knows. The operator creates the first admin with
// `npm run staff:create-admin`.

const DEV_DEFAULT_STAFF_PASSWORD = "huiyin-dev-password";

export type SeedStaffPassword =
  | { kind: "configured"; password: string }
  /** The well-known development default (worth a warning in logs). */
  | { kind: "devDefault"; password: string }
  /** No usable password: the demo staff accounts are created locked. */
  | { kind: "locked"; password: null };

export function resolveSeedStaffPassword(options: { dev: boolean; SEED_STAFF_PASSWORD?: string }): SeedStaffPassword {
  // An empty value counts as unset, like `SEED_STAFF_PASSWORD=` in a .env file.
  const configured = options.SEED_STAFF_PASSWORD;
  if (configured !== undefined && configured !== "") return { kind: "configured", password: configured };
  if (options.dev) return { kind: "devDefault", password: DEV_DEFAULT_STAFF_PASSWORD };
  return { kind: "locked", password: null };
}
