// The dashboard's content services against a real, seeded database: market days
// (create, update, publish, cancel), stalls (search text the public directory
// uses), organisations (renames reach the stalls' search text), duplicate keys as
// field errors, authorisation (role and community), and cache invalidation.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG } from "@/lib/seed/data/market-days";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache/tags";
import { marketDayFormSchema } from "@/lib/market-days/market-day-form-schema";
import { createMarketDay } from "@/lib/market-days/create-market-day";
import { updateMarketDay } from "@/lib/market-days/update-market-day";
import { publishMarketDay } from "@/lib/market-days/publish-market-day";
import { cancelMarketDay } from "@/lib/market-days/cancel-market-day";
import { getMarketDay, listMarketDays } from "@/lib/market-days/queries";
import { stallFormSchema } from "@/lib/stalls/stall-form-schema";
import { createStall } from "@/lib/stalls/create-stall";
import { updateStall } from "@/lib/stalls/update-stall";
import { searchStalls } from "@/lib/stalls/queries";
import { organizationFormSchema } from "@/lib/organizations/organization-form-schema";
import { createOrganization } from "@/lib/organizations/create-organization";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { violatedUniqueIndex, type ContentResult } from "@/lib/content/content-result";
import { MARKET_DAY_SLUG_INDEX } from "@/lib/market-days/market-day-data";
import { ORGANIZATION_NAME_INDEX } from "@/lib/organizations/create-organization";
import { revalidatedTags } from "../helpers/next-cache";
import { useTestDatabase } from "../helpers/use-test-database";

const testDb = await useTestDatabase();
const prisma = testDb.prisma;

let admin: Actor;
let staff: Actor;
let secretary: Actor;
let otherAdmin: Actor;
let orgIds: string[];
let day2023Id: string;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  const users = await prisma.staffUser.findMany({ select: { id: true, role: true, communityId: true, username: true } });
  const byName = (name: string) => {
    const u = users.find((x) => x.username === name);
    if (!u) throw new Error(name);
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  admin = byName("admin");
  staff = byName("staff");
  secretary = byName("secretary");
  const other = await prisma.community.create({ data: { slug: `other-${randomUUID().slice(0, 8)}`, name: "另一个社区" } });
  otherAdmin = { id: randomUUID(), role: "ADMIN", communityId: other.id };
  orgIds = (await prisma.organization.findMany({ where: { communityId: admin.communityId }, select: { id: true }, take: 3 })).map((o) => o.id);
  day2023Id = (await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } })).id;
});
beforeEach(() => {
  revalidatedTags.length = 0;
});

function ok<T>(result: ContentResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

const search = (q: string) => ({ audience: null, category: null, q });

let slugCounter = 0;
const marketDayValues = (extra: Record<string, unknown> = {}) =>
  marketDayFormSchema.parse({
    slug: `2027-06-0${++slugCounter}-summer-market`,
    title: "夏季服务市集",
    theme: "清凉一夏",
    date: "2027-06-05",
    startTime: "09:00",
    endTime: "11:30",
    place: "园岭七街小公园",
    [`role.${orgIds[0]}`]: "ORGANIZER",
    [`role.${orgIds[1]}`]: "PARTNER",
    ...extra,
  });

const stallValues = (extra: Record<string, unknown> = {}) =>
  stallFormSchema.parse({
    marketDayId: day2023Id,
    key: `phone-safety-${randomUUID().slice(0, 6)}`,
    number: String(100 + Math.floor(Math.random() * 800)),
    name: "手机安全",
    category: "SAFETY",
    audiences: ["ELDERLY"],
    services: "手机反诈骗设置\n扫码支付讲解",
    hosts: [orgIds[2]],
    ...extra,
  });

async function expectForbidden(promise: Promise<unknown>, status: 401 | 403 = 403) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthorizationError);
  expect((error as AuthorizationError).status).toBe(status);
}

describe("market days", () => {
  it("creates a draft with its partner units, invisible to the public", async () => {
    const values = marketDayValues();
    const { id, slug } = ok(await createMarketDay(admin, values));
    const row = await prisma.marketDay.findUniqueOrThrow({ where: { id }, include: { organizations: true } });
    expect(row.status).toBe("DRAFT");
    expect(row.communityId).toBe(admin.communityId);
    expect(row.startsAt.toISOString()).toBe("2027-06-05T01:00:00.000Z");
    expect(row.organizations.map((o) => [o.organizationId, o.role]).sort()).toEqual(
      [
        [orgIds[0], "ORGANIZER"],
        [orgIds[1], "PARTNER"],
      ].sort(),
    );
    expect(await getMarketDay(slug)).toBeNull();
    expect(revalidatedTags).toContain(cacheTags.marketDay(id));
    expect(revalidatedTags).toContain(cacheTags.organization(orgIds[0]!));
  });

  it("updates details and partners, invalidating the organisations that joined or left", async () => {
    const { id } = ok(await createMarketDay(admin, marketDayValues()));
    revalidatedTags.length = 0;
    const values = marketDayValues({
      title: "夏季服务市集（改期）",
      titleEn: "Summer market (moved)",
      [`role.${orgIds[1]}`]: "",
      [`role.${orgIds[2]}`]: "CO_ORGANIZER",
      visitorCount: "800",
      latitude: "22.55",
      longitude: "114.09",
    });
    ok(await updateMarketDay(admin, id, values));
    const row = await prisma.marketDay.findUniqueOrThrow({ where: { id }, include: { organizations: true } });
    expect(row.title).toBe("夏季服务市集（改期）");
    expect(row.titleEn).toBe("Summer market (moved)");
    expect(row.visitorCount).toBe(800);
    expect(row.latitude?.toString()).toBe("22.55");
    expect(row.organizations.map((o) => o.organizationId).sort()).toEqual([orgIds[0], orgIds[2]].sort());
    expect(revalidatedTags).toContain(cacheTags.marketDay(id));
    expect(revalidatedTags).toContain(cacheTags.organization(orgIds[1]!));
    expect(revalidatedTags).toContain(cacheTags.organization(orgIds[2]!));
    expect(revalidatedTags).not.toContain(cacheTags.organization(orgIds[0]!));
  });

  it("publishes (audited, public, invalidated) and cancels, once each", async () => {
    const values = marketDayValues();
    const { id, slug } = ok(await createMarketDay(admin, values));
    revalidatedTags.length = 0;
    expect(ok(await publishMarketDay(admin, id)).status).toBe("PUBLISHED");
    expect((await getMarketDay(slug))?.status).toBe("PUBLISHED");
    expect((await listMarketDays()).upcoming.map((d) => d.slug)).toContain(slug);
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.marketDays, cacheTags.marketDay(id)]));
    const audit = await prisma.auditLog.findMany({ where: { subjectId: id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["content.publish", admin.id]]);
    const publishedAt = (await prisma.marketDay.findUniqueOrThrow({ where: { id } })).publishedAt;
    expect(publishedAt).not.toBeNull();

    // A second click from a stale page changes nothing.
    expect(await publishMarketDay(admin, id)).toEqual({ ok: false, formError: "statusChanged" });

    revalidatedTags.length = 0;
    expect(ok(await cancelMarketDay(admin, id)).status).toBe("CANCELLED");
    expect((await getMarketDay(slug))?.status).toBe("CANCELLED");
    expect(revalidatedTags).toContain(cacheTags.marketDay(id));
    expect(await cancelMarketDay(admin, id)).toEqual({ ok: false, formError: "statusChanged" });
    // On again: the first publication date stays.
    ok(await publishMarketDay(admin, id));
    expect((await prisma.marketDay.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(publishedAt);
    const actions = (await prisma.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["content.publish", "content.cancel", "content.publish"]);
  });

  it("turns a duplicate slug into a field error, on create and on update", async () => {
    const values = marketDayValues({ slug: MARKET_DAY_2023_SLUG });
    expect(await createMarketDay(admin, values)).toEqual({ ok: false, fieldErrors: { slug: ["taken"] } });
    const { id } = ok(await createMarketDay(admin, marketDayValues()));
    expect(await updateMarketDay(admin, id, values)).toEqual({ ok: false, fieldErrors: { slug: ["taken"] } });
    // Keeping one's own slug is no clash.
    const own = await prisma.marketDay.findUniqueOrThrow({ where: { id } });
    ok(await updateMarketDay(admin, id, marketDayValues({ slug: own.slug })));
  });

  it("reports an unknown partner as a field error and an unknown market day as not found", async () => {
    const values = marketDayValues({ [`role.${randomUUID()}`]: "PARTNER" });
    expect(await createMarketDay(admin, values)).toEqual({ ok: false, fieldErrors: { organizations: ["invalid"] } });
    expect(await publishMarketDay(admin, randomUUID())).toEqual({ ok: false, formError: "notFound" });
  });

  it("refuses anonymous, staff, secretary and another community's admin, writing nothing", async () => {
    const { id } = ok(await createMarketDay(admin, marketDayValues()));
    await expectForbidden(createMarketDay(null, marketDayValues()), 401);
    await expectForbidden(createMarketDay(staff, marketDayValues()));
    await expectForbidden(createMarketDay(secretary, marketDayValues()));
    for (const actor of [staff, secretary, otherAdmin]) {
      await expectForbidden(updateMarketDay(actor, id, marketDayValues({ title: "被改了" })));
      await expectForbidden(publishMarketDay(actor, id));
      await expectForbidden(cancelMarketDay(actor, id));
    }
    // Another community's admin may not name this community's organisations either.
    await expectForbidden(createMarketDay(otherAdmin, marketDayValues()));
    const row = await prisma.marketDay.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(row.title).toBe("夏季服务市集");
  });
});

describe("stalls", () => {
  it("creates a stall the public directory finds by its service text", async () => {
    const values = stallValues({ services: "老年人手机防诈骗一对一" });
    expect(await searchStalls(search("防诈骗一对一"))).toEqual([]);
    const { id } = ok(await createStall(admin, values));
    const found = await searchStalls(search("防诈骗一对一"));
    expect(found.map((s) => s.id)).toEqual([id]);
    const row = await prisma.stall.findUniqueOrThrow({ where: { id }, include: { hosts: true } });
    expect(row.communityId).toBe(admin.communityId);
    expect(row.hosts.map((h) => h.organizationId)).toEqual([orgIds[2]]);
    expect(revalidatedTags).toEqual(
      expect.arrayContaining([cacheTags.stall(id), cacheTags.stalls, cacheTags.marketDay(day2023Id), cacheTags.organization(orgIds[2]!)]),
    );
  });

  it("updates services, hosts and audiences, and the search follows", async () => {
    const values = stallValues({ services: "旧服务甲乙丙" });
    const { id } = ok(await createStall(admin, values));
    revalidatedTags.length = 0;
    ok(await updateStall(admin, id, { ...values, services: ["新服务丁戊己"], audiences: ["CHILDREN", "MOTHERS"], hosts: [orgIds[0]!] }));
    expect(await searchStalls(search("旧服务甲乙丙"))).toEqual([]);
    expect((await searchStalls(search("新服务丁戊己"))).map((s) => s.id)).toEqual([id]);
    const row = await prisma.stall.findUniqueOrThrow({ where: { id }, include: { hosts: true } });
    expect(row.audiences).toEqual(["CHILDREN", "MOTHERS"]);
    expect(row.hosts.map((h) => h.organizationId)).toEqual([orgIds[0]]);
    expect(revalidatedTags).toEqual(
      expect.arrayContaining([cacheTags.stall(id), cacheTags.organization(orgIds[0]!), cacheTags.organization(orgIds[2]!)]),
    );
  });

  it("turns a taken number or key on the same market day into field errors", async () => {
    const first = stallValues();
    ok(await createStall(admin, first));
    const clash = stallValues({ number: String(first.number), key: first.key });
    expect(await createStall(admin, clash)).toEqual({ ok: false, fieldErrors: { number: ["taken"], key: ["taken"] } });
    const { id } = ok(await createStall(admin, stallValues()));
    expect(await updateStall(admin, id, { ...clash, key: `other-${randomUUID().slice(0, 6)}` })).toEqual({
      ok: false,
      fieldErrors: { number: ["taken"] },
    });
  });

  it("refuses staff, secretary and another community's admin", async () => {
    const values = stallValues();
    const { id } = ok(await createStall(admin, values));
    await expectForbidden(createStall(null, stallValues()), 401);
    for (const actor of [staff, secretary, otherAdmin]) {
      await expectForbidden(createStall(actor, stallValues()));
      await expectForbidden(updateStall(actor, id, { ...values, name: "被改了" }));
    }
    expect((await prisma.stall.findUniqueOrThrow({ where: { id } })).name).toBe("手机安全");
  });
});

describe("organisations", () => {
  it("creates one, refuses a duplicate name as a field error, and invalidates the list", async () => {
    const values = organizationFormSchema.parse({ name: "园岭志愿者服务队", type: "VOLUNTEER_TEAM" });
    const { id } = ok(await createOrganization(admin, values));
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.organizations, cacheTags.organization(id)]));
    expect(await createOrganization(admin, values)).toEqual({ ok: false, fieldErrors: { name: ["taken"] } });
    // The same name in another community is that community's business.
    ok(await createOrganization(otherAdmin, values));
  });

  it("renaming a host updates the search text of the stalls it hosts", async () => {
    const { id: orgId } = ok(await createOrganization(admin, organizationFormSchema.parse({ name: "甲乙法律事务所", type: "COMPANY" })));
    const { id: stallId } = ok(await createStall(admin, stallValues({ hosts: [orgId] })));
    expect((await searchStalls(search("甲乙法律"))).map((s) => s.id)).toEqual([stallId]);
    revalidatedTags.length = 0;
    ok(await updateOrganization(admin, orgId, organizationFormSchema.parse({ name: "丙丁律师事务所", nameEn: "Bingding Law", type: "COMPANY" })));
    expect(await searchStalls(search("甲乙法律"))).toEqual([]);
    expect((await searchStalls(search("bingding law"))).map((s) => s.id)).toEqual([stallId]);
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.organization(orgId), cacheTags.stalls]));
  });

  it("refuses a rename onto another organisation's name, and foreign or unprivileged actors", async () => {
    const taken = await prisma.organization.findUniqueOrThrow({ where: { id: orgIds[0] } });
    const values = organizationFormSchema.parse({ name: taken.name, type: "COMPANY" });
    expect(await updateOrganization(admin, orgIds[1]!, values)).toEqual({ ok: false, fieldErrors: { name: ["taken"] } });
    await expectForbidden(createOrganization(null, values), 401);
    for (const actor of [staff, secretary]) await expectForbidden(createOrganization(actor, values));
    for (const actor of [staff, secretary, otherAdmin]) await expectForbidden(updateOrganization(actor, orgIds[1]!, values));
    expect(await updateOrganization(admin, randomUUID(), values)).toEqual({ ok: false, formError: "notFound" });
  });
});

describe("unique violations from the database", () => {
  // The services check first, but two staff saving at once meet the index: its
  // error (Prisma 7 through a driver adapter) must still name the right index.
  it("names the violated index, so a race still ends as a field error", async () => {
    const day = await prisma.marketDay.findUniqueOrThrow({ where: { id: day2023Id } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = day;
    const dayError = await prisma.marketDay.create({ data: copy }).catch((e: unknown) => e);
    expect(violatedUniqueIndex(dayError, [MARKET_DAY_SLUG_INDEX])).toBe(MARKET_DAY_SLUG_INDEX);

    const stall = await prisma.stall.findFirstOrThrow({ where: { marketDayId: day2023Id } });
    const stallError = await prisma.stall
      .create({ data: { ...stall, id: randomUUID(), key: `k-${randomUUID().slice(0, 6)}` } })
      .catch((e: unknown) => e);
    expect(violatedUniqueIndex(stallError, ["Stall_marketDayId_key_key", "Stall_marketDayId_number_key"])).toBe(
      "Stall_marketDayId_number_key",
    );

    const org = await prisma.organization.findUniqueOrThrow({ where: { id: orgIds[0] } });
    const orgError = await prisma.organization.create({ data: { ...org, id: randomUUID() } }).catch((e: unknown) => e);
    expect(violatedUniqueIndex(orgError, [ORGANIZATION_NAME_INDEX])).toBe(ORGANIZATION_NAME_INDEX);
    expect(violatedUniqueIndex(new Error("boom"), [ORGANIZATION_NAME_INDEX])).toBeNull();
  });
});
