// Issue 14 §4 against a real database: the subdistrict (街道) compares its
// communities on the same figures, reads each one's inbox and nothing outside
// its subdistrict, and refers a wish of any of them to a subdistrict-level unit,
// which works it through its own account. Community staff may refer to those
// units too; every other community page stays scoped to its own community.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { compareCommunities } from "@/lib/subdistrict/compare-communities";
import { referAcross } from "@/lib/subdistrict/refer-across";
import { viewCommunity } from "@/lib/subdistrict/subdistrict-scope";
import { listInbox } from "@/lib/wishes/inbox-query";
import { parseInboxFilter } from "@/lib/wishes/inbox-filter";
import { referWish } from "@/lib/wishes/refer-wish";
import { getTriageOptions } from "@/lib/wishes/staff-wish-query";
import { takeUnitStep } from "@/lib/referrals/take-unit-step";
import { rerouteReferral } from "@/lib/referrals/steer-referral";
import { listUnitReferrals } from "@/lib/referrals/unit-referral-list";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;

// After the seed's overdue referral (due 2026-11-28) and its two web wishes.
const NOW = new Date("2026-12-06T04:00:00Z");
const DAY = 86_400_000;

let yuanling: Actor;
let yuandongStaff: Actor;
let baihuaStaff: Actor;
let ids: { yuandong: string; baihua: string; stranger: string };
let units: { office: string; property: string; baihuaLegal: string; yuandongLocal: string };

const wishOf = (communityId: string, content: string) =>
  prisma.wish.create({
    data: {
      communityId,
      trackingCode: `SD${randomUUID().slice(0, 8).toUpperCase()}`,
      kind: "OPINION",
      category: "ENVIRONMENT_PROPERTY",
      content,
      replyDueAt: new Date(Date.now() + 2 * DAY),
      idempotencyKey: randomUUID(),
    },
    select: { id: true, version: true },
  });

const unitAccount = async (organizationId: string, communityId: string): Promise<Actor> => {
  const u = await prisma.staffUser.create({
    data: {
      communityId,
      organizationId,
      username: `sd-unit-${randomUUID().slice(0, 8)}`,
      displayName: "承办单位",
      passwordHash: "x",
      role: "UNIT",
    },
  });
  return { id: u.id, role: u.role, communityId, organizationId };
};

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  yuanling = await seededActor(prisma, "yuanling");
  yuandongStaff = await seededActor(prisma, "staff");
  baihuaStaff = await seededActor(prisma, "baihua-staff");
  const stranger = await prisma.community.create({
    data: { slug: `sd-other-${randomUUID().slice(0, 6)}`, name: "外街道社区" },
  });
  ids = { yuandong: yuandongStaff.communityId, baihua: baihuaStaff.communityId, stranger: stranger.id };
  const org = (name: string) => prisma.organization.findFirstOrThrow({ where: { name }, select: { id: true } });
  units = {
    office: (await org("园岭街道办事处")).id,
    property: (await org("园岭物业管理处")).id,
    baihuaLegal: (await org("百花社区法律服务站")).id,
    yuandongLocal: (await org("区民政局")).id,
  };
});

describe("the comparison", () => {
  it("puts both communities side by side: the three rates of a period, overdue now, and unit figures", async () => {
    const all = await compareCommunities(yuanling, { from: "2023-01-01", to: "2026-12-06" }, NOW);
    expect(all?.rows.map((r) => r.community.slug)).toEqual(["baihua", "yuandong"]);
    const [baihua, yuandong] = all!.rows;
    // Yuandong's 39 of 2023; Baihua's 7 at its service day and 2 from the web.
    expect(yuandong!.report.collected).toBe(39);
    expect(baihua!.report.collected).toBe(9);
    expect(yuandong!.report.handledOnSite).toBe(27);
    expect(baihua!.report.handledOnSite).toBe(4);
    // Baihua: three unanswered wishes past their reply target, one referral past its due date.
    expect(baihua!.now).toEqual({ open: 4, overdue: 4, overdueReferrals: 1 });
    expect(yuandong!.now.open).toBe(2);
    // Its referrals went to the subdistrict's units, whose figures show under Baihua.
    expect(baihua!.units.map((u) => [u.name, u.received, u.answered, u.overdue]).sort()).toEqual([
      ["园岭物业管理处", 1, 0, 1],
      ["园岭街道办事处", 1, 1, 0],
    ]);
    // Rates come from the report's own query: Baihua settled 5 of 9 (4 on site, 1 by its unit).
    expect(baihua!.report.settled).toBe(5);
    expect(baihua!.report.rates.settlement).toBeCloseTo(5 / 9, 5);
  });

  it("takes the period it is given, and otherwise the last twelve months", async () => {
    const november = await compareCommunities(yuanling, { from: "2026-11-01", to: "2026-11-30" }, NOW);
    expect(november!.rows.map((r) => r.report.collected)).toEqual([7, 0]);
    const fallback = await compareCommunities(yuanling, null, NOW);
    expect(fallback!.period).toEqual({ from: "2025-12-07", to: "2026-12-06" });
    expect(fallback!.rows.map((r) => r.report.collected)).toEqual([9, 0]);
  });

  it("is the subdistrict's alone", async () => {
    await expect(compareCommunities(yuandongStaff, null, NOW)).rejects.toMatchObject({ status: 403 });
    const admin = await seededActor(prisma, "admin");
    await expect(compareCommunities(admin, null, NOW)).rejects.toMatchObject({ status: 403 });
    // A subdistrict account bound to no subdistrict sees nothing at all.
    expect(await compareCommunities({ ...yuanling, subdistrictId: null }, null, NOW)).toBeNull();
  });
});

describe("reading a community", () => {
  it("reads each of its communities' inboxes, and no community outside the subdistrict", async () => {
    const baihua = await viewCommunity(yuanling, "baihua");
    expect(baihua?.viewer.communityId).toBe(ids.baihua);
    const page = await listInbox(baihua!.viewer, parseInboxFilter({}), NOW);
    const codes = await prisma.wish.findMany({ where: { communityId: ids.baihua }, select: { id: true } });
    expect(page.rows.length).toBe(codes.length);
    expect(new Set(page.rows.map((r) => r.id))).toEqual(new Set(codes.map((c) => c.id)));
    expect((await viewCommunity(yuanling, "yuandong"))?.viewer.communityId).toBe(ids.yuandong);
    const stranger = await prisma.community.findUniqueOrThrow({ where: { id: ids.stranger } });
    expect(await viewCommunity(yuanling, stranger.slug)).toBeNull();
    expect(await viewCommunity({ ...yuanling, subdistrictId: null }, "baihua")).toBeNull();
    await expect(viewCommunity(baihuaStaff, "baihua")).rejects.toMatchObject({ status: 403 });
  });
});

describe("referring across communities", () => {
  it("refers a Baihua wish to a subdistrict-level unit of Yuandong, through the table, and notifies the unit", async () => {
    const wish = await wishOf(ids.baihua, "百花：小区消防通道被占，街道协调。");
    const result = await referAcross(yuanling, {
      id: wish.id,
      expectedVersion: wish.version,
      referralOrgId: units.office,
      referralDueAt: new Date(Date.now() + 5 * DAY),
      publicNote: "已转交街道办事处。",
    });
    expect(result).toMatchObject({ status: "REFERRED", version: 1 });
    const referral = await prisma.referral.findFirstOrThrow({ where: { wishId: wish.id } });
    expect(referral).toMatchObject({ communityId: ids.baihua, organizationId: units.office, status: "SENT" });
    const event = await prisma.wishEvent.findFirstOrThrow({ where: { wishId: wish.id, action: "REFER" } });
    expect(event).toMatchObject({ actorType: "STAFF", actorId: yuanling.id, referralId: referral.id });
    expect(await prisma.notification.count({ where: { wishId: wish.id, kind: "UNIT_REFERRAL" } })).toBeGreaterThan(0);

    // The office's own account (home Yuandong) lists and works it.
    const office = await unitAccount(units.office, ids.yuandong);
    const listed = await listUnitReferrals(office);
    expect(listed.open.find((r) => r.id === referral.id)?.community.name).toBe("百花社区");
    await takeUnitStep(
      { kind: "account", actor: office },
      { referralId: referral.id, step: "ACCEPT_REFERRAL", expectedVersion: 1, fields: {} },
    );
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })).acceptedAt).not.toBeNull();
    // A Yuandong unit that is not subdistrict-level cannot work it, nor see it.
    const local = await unitAccount(units.yuandongLocal, ids.yuandong);
    await expect(
      takeUnitStep(
        { kind: "account", actor: local },
        { referralId: referral.id, step: "ACCEPT_REFERRAL", expectedVersion: 2, fields: {} },
      ),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a community's own unit, a wish outside the subdistrict, a stale form and other roles", async () => {
    const wish = await wishOf(ids.baihua, "百花：垃圾桶不够。");
    const input = (over: Partial<Parameters<typeof referAcross>[1]> = {}) => ({
      id: wish.id,
      expectedVersion: 0,
      referralOrgId: units.property,
      referralDueAt: new Date(Date.now() + 5 * DAY),
      ...over,
    });
    await expect(referAcross(yuanling, input({ referralOrgId: units.baihuaLegal }))).rejects.toMatchObject({
      details: { fieldErrors: { referralOrgId: ["adminWishes.errors.orgNotFound"] } },
    });
    const outside = await wishOf(ids.stranger, "外街道的心愿。");
    await expect(referAcross(yuanling, input({ id: outside.id }))).rejects.toMatchObject({ status: 403 });
    await expect(referAcross(baihuaStaff, input())).rejects.toMatchObject({ status: 403 });
    await expect(referAcross(yuanling, input({ expectedVersion: 3 }))).rejects.toThrow();
    // Nothing was written by any of them.
    expect(await prisma.referral.count({ where: { wishId: wish.id } })).toBe(0);
    expect(await prisma.wish.findUniqueOrThrow({ where: { id: wish.id } })).toMatchObject({ status: "SUBMITTED" });
  });

  it("lets community staff refer to the subdistrict's units, but not to another community's own", async () => {
    const options = await getTriageOptions(baihuaStaff);
    const names = options.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["百花社区法律服务站", "园岭物业管理处", "园岭街道办事处"]));
    expect(names).not.toContain("区民政局");
    const wish = await wishOf(ids.baihua, "百花：楼道灯不亮。");
    const due = new Date(Date.now() + 5 * DAY);
    await expect(
      referWish(baihuaStaff, {
        wishId: wish.id,
        expectedVersion: 0,
        referralOrgId: units.yuandongLocal,
        referralDueAt: due,
      }),
    ).rejects.toMatchObject({ details: { fieldErrors: { referralOrgId: ["adminWishes.errors.orgNotFound"] } } });
    await referWish(baihuaStaff, {
      wishId: wish.id,
      expectedVersion: 0,
      referralOrgId: units.property,
      referralDueAt: due,
    });
    expect(await prisma.referral.findFirstOrThrow({ where: { wishId: wish.id } })).toMatchObject({
      organizationId: units.property,
      communityId: ids.baihua,
    });
    // And re-route it between them, but not to a unit of Yuandong's own.
    await expect(
      rerouteReferral(baihuaStaff, {
        wishId: wish.id,
        expectedVersion: 1,
        referralOrgId: units.yuandongLocal,
        referralDueAt: due,
      }),
    ).rejects.toMatchObject({ details: { fieldErrors: { referralOrgId: ["adminWishes.errors.orgNotFound"] } } });
    await rerouteReferral(baihuaStaff, {
      wishId: wish.id,
      expectedVersion: 1,
      referralOrgId: units.office,
      referralDueAt: due,
      publicNote: "改由街道办事处办理。",
    });
    const open = await prisma.referral.findFirstOrThrow({ where: { wishId: wish.id, closedAt: null } });
    expect(open.organizationId).toBe(units.office);
  });
});
