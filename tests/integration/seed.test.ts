// The demo seed reproduces the reported market-day figures, keeps every wish history
// consistent with the life-cycle table, and is idempotent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { verifyPassword } from "@/lib/auth/password";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "@/lib/seed/data/market-days";
import { TRACKING_CODE_ALPHABET } from "@/lib/seed/plan-wishes";
import { seedDatabase } from "@/lib/seed/seed-database";
import { nextStatus } from "@/lib/wishes/lifecycle";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const PASSWORD = "seed-test-password";

let db: TestDatabase;
let prisma: PrismaClient;
let firstRun: { created: boolean };
let firstRunMs = 0;

/** Every seeded table, ids and timestamps included, in a stable order. */
async function dump(): Promise<string> {
  const byId = { orderBy: { id: "asc" } } as const;
  return JSON.stringify({
    subdistricts: await prisma.subdistrict.findMany(byId),
    communities: await prisma.community.findMany(byId),
    organizations: await prisma.organization.findMany(byId),
    marketDays: await prisma.marketDay.findMany(byId),
    marketDayOrganizations: await prisma.marketDayOrganization.findMany({
      orderBy: [{ marketDayId: "asc" }, { organizationId: "asc" }],
    }),
    stalls: await prisma.stall.findMany(byId),
    stallHosts: await prisma.stallHost.findMany({ orderBy: [{ stallId: "asc" }, { organizationId: "asc" }] }),
    staffUsers: await prisma.staffUser.findMany(byId),
    councilMeetings: await prisma.councilMeeting.findMany(byId),
    councilItems: await prisma.councilItem.findMany(byId),
    wishes: await prisma.wish.findMany(byId),
    wishEvents: await prisma.wishEvent.findMany(byId),
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  const started = performance.now();
  firstRun = await seedDatabase(prisma, { staffPassword: PASSWORD });
  firstRunMs = performance.now() - started;
});

afterAll(async () => {
  await db?.drop();
});

async function marketDay2023Id(): Promise<string> {
  return (await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } })).id;
}

describe("seedDatabase", () => {
  it("creates the data on an empty database, quickly", () => {
    expect(firstRun.created).toBe(true);
    // Runs on the first start of the embedded database; generous bound for slow CI.
    expect(firstRunMs).toBeLessThan(15_000);
  });

  it("reproduces the reported outcome of the 2023 market day", async () => {
    const marketDayId = await marketDay2023Id();
    const count = (where: object) => prisma.wish.count({ where: { marketDayId, ...where } });
    expect(await count({})).toBe(39);
    expect(await count({ handledOnSiteAt: { not: null } })).toBe(27);
    expect(await count({ referredAt: { not: null } })).toBe(12);
    expect(await count({ escalatedAt: { not: null } })).toBe(3);
    // Nothing was both handled on site and referred: 27 + 12 = 39.
    expect(await count({ handledOnSiteAt: { not: null }, referredAt: { not: null } })).toBe(0);
    // Two referred wishes are left open for the triage view.
    expect(await count({ status: "REFERRED" })).toBe(2);
    expect(await count({ status: "SETTLED" })).toBe(37);
  });

  it("groups the escalated wishes on the held joint council: two on one item, one on another", async () => {
    const escalated = await prisma.wish.findMany({
      where: { escalatedAt: { not: null } },
      include: { councilItem: { include: { meeting: true } } },
    });
    expect(escalated).toHaveLength(3);
    const perItem = new Map<string, number>();
    for (const wish of escalated) {
      expect(wish.councilItem).not.toBeNull();
      const item = wish.councilItem!;
      perItem.set(item.id, (perItem.get(item.id) ?? 0) + 1);
      expect(item.meeting.status).toBe("HELD");
      expect(item.decision).toBeTruthy();
      expect(item.dueAt!.getTime()).toBeGreaterThan(item.decidedAt!.getTime());
      // The decision was the reply (RECORD_COUNCIL_DECISION → DECIDED); the work done was settled later.
      const decided = await prisma.wishEvent.findFirstOrThrow({
        where: { wishId: wish.id, action: "RECORD_COUNCIL_DECISION" },
      });
      expect(decided).toMatchObject({ toStatus: "DECIDED", publicNote: item.decision });
      expect(wish.publicReply).not.toBe(item.decision);
      expect(wish.status).toBe("SETTLED");
      expect(wish.referredAt!.getTime()).toBeLessThan(wish.escalatedAt!.getTime());
      expect(item.meeting.scheduledAt.getTime()).toBeGreaterThan(wish.escalatedAt!.getTime());
      expect(wish.settledAt!.getTime()).toBeGreaterThan(decided.createdAt.getTime());
    }
    expect([...perItem.values()].sort()).toEqual([1, 2]);
  });

  it("gives every wish a history consistent with the life-cycle table", async () => {
    const staffIds = new Set((await prisma.staffUser.findMany({ select: { id: true } })).map((u) => u.id));
    const marketDay = await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } });
    const wishes = await prisma.wish.findMany({
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    const codePattern = new RegExp(`^[${TRACKING_CODE_ALPHABET}]{10}$`);

    for (const wish of wishes) {
      const events = wish.events;
      const [first] = events;
      expect(first?.action).toBe("SUBMIT");
      expect(first?.fromStatus).toBeNull();
      expect(first?.toStatus).toBe("SUBMITTED");
      expect(first?.createdAt.getTime()).toBe(wish.createdAt.getTime());

      for (let i = 1; i < events.length; i++) {
        const previous = events[i - 1]!;
        const event = events[i]!;
        expect(event.createdAt.getTime()).toBeGreaterThan(previous.createdAt.getTime());
        expect(event.fromStatus).toBe(previous.toStatus);
        expect(nextStatus(event.fromStatus, event.action)).toBe(event.toStatus);
        if (event.actorType === "STAFF") expect(staffIds.has(event.actorId ?? "")).toBe(true);
        else expect(event.actorId).toBeNull();
      }
      expect(wish.status).toBe(events.at(-1)?.toStatus);
      expect(wish.version).toBe(events.length - 1);
      // Sequences number the history 0..version with no gap, in the order the events happened.
      expect(events.map((e) => e.sequence)).toEqual(Array.from({ length: wish.version + 1 }, (_, i) => i));
      expect(wish.updatedAt.getTime()).toBe(events.at(-1)?.createdAt.getTime());

      expect(wish.trackingCode).toMatch(codePattern);
      expect(wish.idempotencyKey).toMatch(/^seed:/);
      expect(wish.replyDueAt.getTime() - wish.createdAt.getTime()).toBe(48 * 3_600_000);
      // The second community's wishes (lib/seed/data/neighbour-community.ts) have their own day.
      if (wish.marketDayId !== marketDay.id && wish.idempotencyKey.startsWith("seed:2026-11-21-baihua")) continue;
      expect(wish.createdAt.getTime()).toBeGreaterThanOrEqual(marketDay.startsAt.getTime());
      expect(wish.createdAt.getTime()).toBeLessThanOrEqual(marketDay.endsAt.getTime());
      // No personal data on demo wishes.
      expect([
        wish.nameEnc,
        wish.phoneEnc,
        wish.phoneLast4,
        wish.phoneHash,
        wish.buildingEnc,
        wish.pickupAddressEnc,
      ]).toEqual([null, null, null, null, null, null]);

      if (wish.handledOnSiteAt) {
        expect(events.some((e) => e.action === "HANDLE_ON_SITE")).toBe(true);
        expect(wish.firstReplyAt?.getTime()).toBe(wish.handledOnSiteAt.getTime());
        expect(wish.publicReply).toBeTruthy();
      }
      if (wish.referredAt) {
        expect(wish.referralOrgId ?? wish.referralDepartment).toBeTruthy();
        expect(wish.referralDueAt).not.toBeNull();
      }
      if (wish.status === "SETTLED") expect(wish.settledAt).not.toBeNull();
      // Every wish got its first reply within the 48-hour target.
      expect(wish.firstReplyAt).not.toBeNull();
      expect(wish.firstReplyAt!.getTime()).toBeLessThanOrEqual(wish.replyDueAt.getTime());
    }

    // The ASSISTANCE requests carry their mobility aids.
    const assistance = wishes.filter((w) => w.kind === "ASSISTANCE");
    expect(assistance.length).toBeGreaterThanOrEqual(2);
    for (const wish of assistance) expect(wish.mobilityAids.length).toBeGreaterThan(0);
  });

  it("seeds the 15 reported stalls, searchable by service, and an upcoming demo market day", async () => {
    const stalls = await prisma.stall.findMany({
      where: { marketDay: { slug: MARKET_DAY_2023_SLUG } },
      include: { hosts: true },
      orderBy: { number: "asc" },
    });
    expect(stalls.map((s) => s.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(new Set(stalls.map((s) => s.key)).size).toBe(15);
    for (const stall of stalls) {
      expect(stall.hosts.length > 0 || stall.hostNote !== null).toBe(true);
      expect(stall.services.length).toBe(stall.servicesEn.length);
    }

    const haircuts = await prisma.stall.findMany({ where: { services: { has: "免费理发" } } });
    expect(haircuts.map((s) => s.key)).toContain("free-haircuts");

    const winter = await prisma.marketDay.findUniqueOrThrow({
      where: { slug: MARKET_DAY_2026_SLUG },
      include: { stalls: true },
    });
    expect(winter.status).toBe("PUBLISHED");
    expect(winter.visitorCount).toBeNull();
    expect(winter.startsAt.toISOString()).toBe("2026-12-19T01:30:00.000Z");
    expect(winter.stalls.length).toBe(8);
    const keys2023 = new Set(stalls.map((s) => s.key));
    for (const stall of winter.stalls) expect(keys2023.has(stall.key)).toBe(true);
  });

  it("seeds Yuanling subdistrict with Yuandong and a second community, Baihua, to compare", async () => {
    const subdistrict = await prisma.subdistrict.findUniqueOrThrow({
      where: { slug: "yuanling" },
      include: { communities: { orderBy: { slug: "asc" } }, organizations: true, staffUsers: true },
    });
    expect(subdistrict.communities.map((c) => c.slug)).toEqual(["baihua", "yuandong"]);
    expect(subdistrict.organizations.map((o) => o.name).sort()).toEqual(["园岭物业管理处", "园岭街道办事处"]);
    expect(subdistrict.staffUsers.map((u) => [u.username, u.role])).toEqual([["yuanling", "SUBDISTRICT"]]);
    const baihua = subdistrict.communities[0]!;
    const day = await prisma.marketDay.findFirstOrThrow({
      where: { communityId: baihua.id },
      include: { stalls: true, wishes: true },
    });
    expect(day.stalls).toHaveLength(3);
    expect(day.wishes).toHaveLength(7);
    expect(await prisma.wish.count({ where: { communityId: baihua.id } })).toBe(9);
    // Two of its wishes went to subdistrict-level units of Yuandong: cross-community referrals.
    const referrals = await prisma.referral.findMany({
      where: { communityId: baihua.id },
      include: { organization: true },
    });
    expect(
      referrals.map((r) => [r.organization.name, r.organization.communityId !== baihua.id, r.status]).sort(),
    ).toEqual([
      ["园岭物业管理处", true, "SENT"],
      ["园岭街道办事处", true, "ANSWERED"],
    ]);
    // Baihua's staff typed its on-site wishes in; nobody of Yuandong appears in its history.
    const actors = await prisma.wishEvent.findMany({
      where: { wish: { communityId: baihua.id }, actorId: { not: null } },
      select: { actor: { select: { communityId: true } } },
    });
    expect(actors.length).toBeGreaterThan(0);
    for (const event of actors) expect(event.actor?.communityId).toBe(baihua.id);
  });

  it("creates the three staff accounts with an Argon2id hash of the given password", async () => {
    const users = await prisma.staffUser.findMany({ orderBy: { username: "asc" } });
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ["admin", "ADMIN"],
      ["baihua-admin", "ADMIN"],
      ["baihua-staff", "STAFF"],
      ["secretary", "SECRETARY"],
      ["staff", "STAFF"],
      ["yuanling", "SUBDISTRICT"],
    ]);
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, "wrong-password")).toBe(false);
    }
  });

  it("is idempotent: a second run changes nothing, not even the passwords", async () => {
    const before = await dump();
    const second = await seedDatabase(prisma, { staffPassword: "a-different-password" });
    expect(second.created).toBe(false);
    expect(await dump()).toBe(before);
  });

  it("fills in only what is missing", async () => {
    const marketDayId = await marketDay2023Id();
    const wish = await prisma.wish.findFirstOrThrow({ where: { marketDayId, status: "REFERRED" } });
    await prisma.wishEvent.deleteMany({ where: { wishId: wish.id } });
    await prisma.wish.delete({ where: { id: wish.id } });
    expect(await prisma.wish.count({ where: { marketDayId } })).toBe(38);

    const logs: string[] = [];
    const rerun = await seedDatabase(prisma, { staffPassword: PASSWORD, log: (m) => logs.push(m) });
    expect(rerun.created).toBe(true);
    expect(logs.join("\n")).toMatch(/1 wishes/);
    expect(await prisma.wish.count({ where: { marketDayId } })).toBe(39);
    const restored = await prisma.wish.findUniqueOrThrow({
      where: { idempotencyKey: wish.idempotencyKey },
      include: { events: true },
    });
    expect(restored.trackingCode).toBe(wish.trackingCode);
    expect(restored.events).toHaveLength(restored.version + 1);
    expect(restored.events.map((e) => e.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: restored.version + 1 }, (_, i) => i),
    );
  });
});
