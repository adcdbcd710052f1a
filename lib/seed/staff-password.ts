// Password for the seeded admin/staff/secretary accounts.
//
// A well-known default is convenient on a laptop and dangerous anywhere else, so
// production refuses to fall back to it: an operator who forgot the variable gets
// a stopped seed instead of three accounts anyone can sign in to.

const DEV_DEFAULT_STAFF_PASSWORD = "huiyin-dev-password";

export interface SeedStaffPassword {
  password: string;
  /** True when the well-known development default is used (worth a warning in logs). */
  isDevDefault: boolean;
}

export function resolveSeedStaffPassword(env: { NODE_ENV?: string; SEED_STAFF_PASSWORD?: string }): SeedStaffPassword {
  // An empty value counts as unset, like `SEED_STAFF_PASSWORD=` in a .env file.
  const configured = env.SEED_STAFF_PASSWORD;
  if (configured !== undefined && configured !== "") {
    return { password: configured, isDevDefault: false };
  }
  if (env.NODE_ENV === "production") {
    throw new Error(
      "SEED_STAFF_PASSWORD is not set: production refuses to seed staff accounts with the default password. " +
        "Set SEED_STAFF_PASSWORD (at least 10 characters) and run the seed again.",
    );
  }
  return { password: DEV_DEFAULT_STAFF_PASSWORD, isDevDefault: true };
}
