// Writes the Yuandong demo data (lib/seed/data/).
//
// Idempotent: every row is found by its natural key and only created when missing
// (community slug, (community, name) for organisations, market-day slug,
// (market day, number) and (market day, key) for stalls, username for staff,
// idempotencyKey for wishes).
// Existing rows are never updated, so a re-seed neither overwrites staff edits nor
// resets a changed password. Children (stall hosts, market-day partners, wish
// events) are only written together with a parent created in the same run, so
// a link a staff member removed on purpose is not resurrected. Search synonyms
// are written only while the community has none, for the same reason.
//
// Deterministic: no randomness or clock in the data (tracking codes are derived from
// the idempotency keys, timestamps are fixed), so two databases seeded separately
// hold the same demo content. Only ids and password salts differ.
//
// Every wish history is replayed through the life-cycle table before the database
// is touched (plan-wishes.ts), so seed data that breaks a transition rule fails at
// once, loudly. The writing is split in seed-reference-data.ts and seed-wishes.ts.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { hashPassword } from "../auth/password";
import { STAFF_USERS, type StaffKey } from "./data/staff-and-council";
import { planSeedWishes } from "./plan-wishes";
import { seedReferenceData, type Tx } from "./seed-reference-data";
import { seedWishes } from "./seed-wishes";
import { neighbourPasswordHashes, seedNeighbour } from "./seed-neighbour";

export interface SeedOptions {
  /**
   * Password of the demo staff accounts. Null: they are created locked (inactive,
   * with a random password nobody knows), see lib/seed/staff-password.ts.
   */
  staffPassword: string | null;
  log?: (msg: string) => void;
}

// Serialises concurrent seeders (two instances starting on one database): the
// second waits, then finds everything present. Arbitrary constant ("HUIYIN" in hex).
const SEED_LOCK_KEY = 0x485549594e;

// Interactive transactions default to 5 s in Prisma; the embedded database on a slow
// CI machine can need more for the first statements after it starts.
const TX_OPTIONS = { maxWait: 15_000, timeout: 60_000 } as const;

/** Taken first in each seeding transaction; released when it ends. */
async function lock(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
}

/**
 * Seeds the Yuandong demo data. Safe to run on every start: a second run inserts
 * nothing. `created` is true when this run inserted at least one row.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<{ created: boolean }> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const plans = planSeedWishes();

  // Hash outside the transactions (CPU-bound, ~20 ms each) and only for accounts
  // that do not exist yet: an existing password is never replaced.
  const existing = await prisma.staffUser.findMany({
    where: { username: { in: STAFF_USERS.map((u) => u.username) } },
    select: { username: true },
  });
  const passwordHashes = new Map<StaffKey, string>();
  for (const user of STAFF_USERS) {
    if (!existing.some((e) => e.username === user.username)) {
      // A locked account still gets a real hash: sign-in then costs the same for it.
      const password = options.staffPassword ?? randomBytes(32).toString("base64");
      passwordHashes.set(user.username, await hashPassword(password));
    }
  }
  const staffActive = options.staffPassword !== null;
  const neighbourHashes = await neighbourPasswordHashes(prisma, options.staffPassword);

  const inserted = new Map<string, number>();
  const count = (table: string, n: number): void => {
    if (n > 0) inserted.set(table, (inserted.get(table) ?? 0) + n);
  };

  // Two transactions: reference data first, then the wishes that point at it. Each
  // is all-or-nothing, and a re-run completes whatever a crashed run left out.
  const ids = await prisma.$transaction(async (tx) => {
    await lock(tx);
    return seedReferenceData(tx, { passwordHashes, active: staffActive }, count);
  }, TX_OPTIONS);
  await prisma.$transaction(async (tx) => {
    await lock(tx);
    await seedWishes(tx, plans, { ...ids, marketDayId: ids.marketDay2023Id, stallIds: ids.stallIds2023 }, count);
  }, TX_OPTIONS);
  // The subdistrict and its second community (issue 14 §4), once Yuandong is in.
  await prisma.$transaction(async (tx) => {
    await lock(tx);
    await seedNeighbour(tx, { passwordHashes: neighbourHashes, active: staffActive }, count);
  }, TX_OPTIONS);

  const ms = Math.round(performance.now() - started);
  const summary = [...inserted].map(([table, n]) => `${n} ${table}`).join(", ");
  log(
    inserted.size > 0
      ? `Seed: inserted ${summary} in ${ms} ms.`
      : `Seed: demo data already present, nothing to do (${ms} ms).`,
  );
  return { created: inserted.size > 0 };
}
