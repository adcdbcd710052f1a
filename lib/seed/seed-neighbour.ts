// Writes the subdistrict and its second community (lib/seed/data/
// neighbour-community.ts): Yuanling subdistrict, Yuandong linked to it and two
// of its units made subdistrict-wide, then Baihua with its units, market day,
// stalls, staff, the subdistrict's account and Baihua's wishes, replayed through
// the life-cycle table like Yuandong's (plan-wishes.ts).
//
// Idempotent like the rest of the seed: rows are found by natural key and only
// created when missing. The links (Yuandong's subdistrict, a subdistrict-wide
// unit, the office's duty address) are set only where still empty, so a
// database seeded before subdistricts existed gets them, and an edit is kept.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { hashPassword } from "../auth/password";
import { COMMUNITY, ORGANIZATIONS } from "./data/community-and-organizations";
import {
  NEIGHBOUR,
  NEIGHBOUR_MARKET_DAY,
  NEIGHBOUR_ORGANIZATIONS,
  NEIGHBOUR_STAFF,
  NEIGHBOUR_STAFF_KEYS,
  NEIGHBOUR_STALLS,
  NEIGHBOUR_WISHES,
  SUBDISTRICT,
  SUBDISTRICT_OFFICE_EMAIL,
  SUBDISTRICT_UNITS,
} from "./data/neighbour-community";
import { planSeedWishes } from "./plan-wishes";
import { need, type Tx } from "./seed-reference-data";
import { seedWishes } from "./seed-wishes";
import { stallRow } from "./stall-row";

/** Hashes for the accounts not yet there; never replaces an existing password. */
export async function neighbourPasswordHashes(
  prisma: PrismaClient,
  staffPassword: string | null,
): Promise<Map<string, string>> {
  const existing = await prisma.staffUser.findMany({
    where: { username: { in: NEIGHBOUR_STAFF.map((u) => u.username) } },
    select: { username: true },
  });
  const hashes = new Map<string, string>();
  for (const user of NEIGHBOUR_STAFF) {
    if (existing.some((e) => e.username === user.username)) continue;
    hashes.set(user.username, await hashPassword(staffPassword ?? randomBytes(32).toString("base64")));
  }
  return hashes;
}

export async function seedNeighbour(
  tx: Tx,
  staff: { passwordHashes: ReadonlyMap<string, string>; active: boolean },
  count: (table: string, n: number) => void,
): Promise<void> {
  count("subdistricts", (await tx.subdistrict.createMany({ data: [SUBDISTRICT], skipDuplicates: true })).count);
  const subdistrict = await tx.subdistrict.findUniqueOrThrow({
    where: { slug: SUBDISTRICT.slug },
    select: { id: true },
  });
  const subdistrictId = subdistrict.id;

  // Yuandong joins its subdistrict; two of its units serve the whole subdistrict.
  await tx.community.updateMany({ where: { slug: COMMUNITY.slug, subdistrictId: null }, data: { subdistrictId } });
  const yuandong = await tx.community.findUniqueOrThrow({ where: { slug: COMMUNITY.slug }, select: { id: true } });
  const unitNames = SUBDISTRICT_UNITS.map((key) => ORGANIZATIONS[key].name);
  await tx.organization.updateMany({
    where: { communityId: yuandong.id, name: { in: unitNames }, subdistrictId: null },
    data: { subdistrictId },
  });
  await tx.organization.updateMany({
    where: { communityId: yuandong.id, name: ORGANIZATIONS.subdistrictOffice.name, contactEmail: null },
    data: { contactEmail: SUBDISTRICT_OFFICE_EMAIL },
  });
  const subdistrictUnits = await tx.organization.findMany({
    where: { communityId: yuandong.id, name: { in: unitNames } },
    select: { id: true, name: true },
  });

  count(
    "community",
    (await tx.community.createMany({ data: [{ ...NEIGHBOUR, subdistrictId }], skipDuplicates: true })).count,
  );
  const community = await tx.community.findUniqueOrThrow({
    where: { slug: NEIGHBOUR.slug },
    select: { id: true, replyTargetHours: true },
  });
  const communityId = community.id;

  const orgEntries = Object.entries(NEIGHBOUR_ORGANIZATIONS);
  count(
    "organisations",
    (
      await tx.organization.createMany({
        data: orgEntries.map(([, org]) => ({ communityId, ...org })),
        skipDuplicates: true,
      })
    ).count,
  );
  const orgRows = await tx.organization.findMany({
    where: { communityId, name: { in: orgEntries.map(([, o]) => o.name) } },
    select: { id: true, name: true },
  });
  const idByName = new Map([...orgRows, ...subdistrictUnits].map((o) => [o.name, o.id]));
  // Baihua's own units, and the subdistrict's under Yuandong's keys (its wishes refer to them).
  const orgIds = new Map<string, string>([
    ...orgEntries.map(([key, org]): [string, string] => [key, need(idByName, org.name, "organisation")]),
    ...SUBDISTRICT_UNITS.map((key): [string, string] => [key, need(idByName, ORGANIZATIONS[key].name, "organisation")]),
  ]);

  const { slug, ...day } = NEIGHBOUR_MARKET_DAY;
  const newDay = await tx.marketDay.createManyAndReturn({
    data: [{ communityId, slug, ...day, status: "PUBLISHED" as const }],
    skipDuplicates: true,
    select: { id: true },
  });
  count("market days", newDay.length);
  const marketDay = await tx.marketDay.findUniqueOrThrow({ where: { slug }, select: { id: true, communityId: true } });
  if (marketDay.communityId !== communityId) throw new Error(`Seed: market day ${slug} belongs to another community`);
  if (newDay.length > 0) {
    await tx.marketDayOrganization.createMany({
      data: orgEntries.map(([key]) => ({
        marketDayId: marketDay.id,
        organizationId: need(orgIds, key, "organisation"),
        role: key === "partyCommittee" ? ("ORGANIZER" as const) : ("PARTNER" as const),
      })),
      skipDuplicates: true,
    });
  }

  const newStalls = await tx.stall.createManyAndReturn({
    data: NEIGHBOUR_STALLS.map((s, index) =>
      stallRow(
        s,
        s.hosts.map((org) => NEIGHBOUR_ORGANIZATIONS[org]),
        { communityId, marketDayId: marketDay.id, number: index + 1 },
      ),
    ),
    skipDuplicates: true,
    select: { id: true, number: true },
  });
  count("stalls", newStalls.length);
  const hostRows = newStalls.flatMap((stall) =>
    (NEIGHBOUR_STALLS[stall.number - 1]?.hosts ?? []).map((org) => ({
      stallId: stall.id,
      organizationId: need(orgIds, org, "organisation"),
    })),
  );
  if (hostRows.length > 0) await tx.stallHost.createMany({ data: hostRows, skipDuplicates: true });
  const stalls = await tx.stall.findMany({ where: { marketDayId: marketDay.id }, select: { id: true, number: true } });

  const communityOf = { yuandong: yuandong.id, baihua: communityId } as const;
  const missing = NEIGHBOUR_STAFF.filter((u) => staff.passwordHashes.has(u.username));
  if (missing.length > 0) {
    const inserted = await tx.staffUser.createMany({
      data: missing.map((u) => ({
        communityId: communityOf[u.community],
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        passwordHash: need(staff.passwordHashes, u.username, "password hash for"),
        active: staff.active,
        subdistrictId: u.role === "SUBDISTRICT" ? subdistrictId : null,
      })),
      skipDuplicates: true,
    });
    count("staff users", inserted.count);
  }
  const staffRows = await tx.staffUser.findMany({
    where: { username: { in: Object.values(NEIGHBOUR_STAFF_KEYS) } },
    select: { id: true, username: true, communityId: true },
  });
  const staffIds = new Map<string, string>();
  for (const [key, username] of Object.entries(NEIGHBOUR_STAFF_KEYS)) {
    const row = staffRows.find((r) => r.username === username);
    if (row?.communityId !== communityId) throw new Error(`Seed: staff user ${username} is not Baihua's`);
    staffIds.set(key, row.id);
  }

  await seedWishes(
    tx,
    planSeedWishes(NEIGHBOUR_WISHES, slug),
    {
      communityId,
      replyTargetHours: community.replyTargetHours,
      marketDayId: marketDay.id,
      stallIds: new Map(stalls.map((s) => [s.number, s.id])),
      orgIds,
      staffIds,
      councilItemIds: new Map(),
    },
    count,
  );
}
