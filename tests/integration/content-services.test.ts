// The dashboard's content services against a real, seeded database: market days
// (create, update, publish, cancel), stalls (search text the public directory
// uses), organisations (renames reach the stalls' search text), duplicate keys as
// field errors, authorisation (role and community), and cache invalidation. Last,
// the actions themselves: what a form shows for a taken slug, and that another
// community's admin is refused before the form is even parsed.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
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
import { violatedUniqueIndex } from "@/lib/db/unique-violation";
import { ActionError } from "@/lib/forms/action-error";
import type { FieldErrors, FormState } from "@/lib/forms/form-state";
import { MARKET_DAY_SLUG_INDEX } from "@/lib/market-days/market-day-data";
import { ORGANIZATION_NAME_INDEX } from "@/lib/organizations/create-organization";
import {
  cancelMarketDayAction,
  createMarketDayAction,
  publishMarketDayAction,
  updateMarketDayAction,
} from "@/app/[locale]/[display]/admin/content/market-days/actions";
import { updateOrganizationAction } from "@/app/[locale]/[display]/admin/content/organizations/actions";
import { updateStallAction } from "@/app/[locale]/[display]/admin/content/stalls/actions";
import { revalidatedTags } from "../helpers/next-cache";
import { useTestDatabase } from "../helpers/use-test-database";

// The actions ask the session who is calling; here the test decides.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));

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
  const users = await prisma.staffUser.findMany({
    select: { id: true, role: true, communityId: true, username: true },
  });
  const byName = (name: string) => {
    const u = users.find((x) => x.username === name);
    if (!u) throw new Error(name);
    return { id: u.id, role: u.role, communityId: u.communityId };
  };
  admin = byName("admin");
  staff = byName("staff");
  secretary = byName("secretary");
  const other = await prisma.community.create({
    data: { slug: `other-${randomUUID().slice(0, 8)}`, name: "另一个社区" },
  });
  otherAdmin = { id: randomUUID(), role: "ADMIN", communityId: other.id };
  orgIds = (
    await prisma.organization.findMany({ where: { communityId: admin.communityId }, select: { id: true }, take: 3 })
  ).map((o) => o.id);
  day2023Id = (await prisma.marketDay.findUniqueOrThrow({ where: { slug: MARKET_DAY_2023_SLUG } })).id;
});
beforeEach(() => {
  revalidatedTags.length = 0;
});

/** What a service refused with: the ActionError's code and field errors, as the form would get them. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; fieldErrors?: FieldErrors }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  const { code, details } = error as ActionError;
  return details.fieldErrors ? { code, fieldErrors: details.fieldErrors } : { code };
}

const TAKEN = "adminContent.errors.taken";
const fieldRefusal = (fieldErrors: FieldErrors) => ({ code: "forms.errors.checkFields", fieldErrors });

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
    const { id, slug } = await createMarketDay(admin, values);
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
    const { id } = await createMarketDay(admin, marketDayValues());
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
    await updateMarketDay(admin, id, values);
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
    const { id, slug } = await createMarketDay(admin, values);
    revalidatedTags.length = 0;
    expect((await publishMarketDay(admin, id)).status).toBe("PUBLISHED");
    expect((await getMarketDay(slug))?.status).toBe("PUBLISHED");
    expect((await listMarketDays()).upcoming.map((d) => d.slug)).toContain(slug);
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.marketDays, cacheTags.marketDay(id)]));
    const audit = await prisma.auditLog.findMany({ where: { subjectId: id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["content.publish", admin.id]]);
    const publishedAt = (await prisma.marketDay.findUniqueOrThrow({ where: { id } })).publishedAt;
    expect(publishedAt).not.toBeNull();

    // A second click from a stale page changes nothing.
    expect(await refusal(publishMarketDay(admin, id))).toEqual({ code: "forms.errors.stale" });

    revalidatedTags.length = 0;
    expect((await cancelMarketDay(admin, id)).status).toBe("CANCELLED");
    expect((await getMarketDay(slug))?.status).toBe("CANCELLED");
    expect(revalidatedTags).toContain(cacheTags.marketDay(id));
    expect(await refusal(cancelMarketDay(admin, id))).toEqual({ code: "forms.errors.stale" });
    // On again: the first publication date stays.
    await publishMarketDay(admin, id);
    expect((await prisma.marketDay.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(publishedAt);
    const actions = (await prisma.auditLog.findMany({ where: { subjectId: id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["content.publish", "content.cancel", "content.publish"]);
  });

  it("turns a duplicate slug into a field error, on create and on update", async () => {
    const values = marketDayValues({ slug: MARKET_DAY_2023_SLUG });
    expect(await refusal(createMarketDay(admin, values))).toEqual(fieldRefusal({ slug: [TAKEN] }));
    const { id } = await createMarketDay(admin, marketDayValues());
    expect(await refusal(updateMarketDay(admin, id, values))).toEqual(fieldRefusal({ slug: [TAKEN] }));
    // Keeping one's own slug is no clash.
    const own = await prisma.marketDay.findUniqueOrThrow({ where: { id } });
    await updateMarketDay(admin, id, marketDayValues({ slug: own.slug }));
  });

  it("reports an unknown partner as a field error and an unknown market day as not found", async () => {
    const values = marketDayValues({ [`role.${randomUUID()}`]: "PARTNER" });
    const invalid = fieldRefusal({ organizations: ["adminContent.errors.invalid"] });
    expect(await refusal(createMarketDay(admin, values))).toEqual(invalid);
    expect(await refusal(publishMarketDay(admin, randomUUID()))).toEqual({ code: "forms.errors.notFound" });
  });

  it("refuses anonymous, staff, secretary and another community's admin, writing nothing", async () => {
    const { id } = await createMarketDay(admin, marketDayValues());
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
    const { id } = await createStall(admin, values);
    const found = await searchStalls(search("防诈骗一对一"));
    expect(found.map((s) => s.id)).toEqual([id]);
    const row = await prisma.stall.findUniqueOrThrow({ where: { id }, include: { hosts: true } });
    expect(row.communityId).toBe(admin.communityId);
    expect(row.hosts.map((h) => h.organizationId)).toEqual([orgIds[2]]);
    expect(revalidatedTags).toEqual(
      expect.arrayContaining([
        cacheTags.stall(id),
        cacheTags.stalls,
        cacheTags.marketDay(day2023Id),
        cacheTags.organization(orgIds[2]!),
      ]),
    );
  });

  it("updates services, hosts and audiences, and the search follows", async () => {
    const values = stallValues({ services: "旧服务甲乙丙" });
    const { id } = await createStall(admin, values);
    revalidatedTags.length = 0;
    await updateStall(admin, id, {
      ...values,
      services: ["新服务丁戊己"],
      audiences: ["CHILDREN", "MOTHERS"],
      hosts: [orgIds[0]!],
    });
    expect(await searchStalls(search("旧服务甲乙丙"))).toEqual([]);
    expect((await searchStalls(search("新服务丁戊己"))).map((s) => s.id)).toEqual([id]);
    const row = await prisma.stall.findUniqueOrThrow({ where: { id }, include: { hosts: true } });
    expect(row.audiences).toEqual(["CHILDREN", "MOTHERS"]);
    expect(row.hosts.map((h) => h.organizationId)).toEqual([orgIds[0]]);
    expect(revalidatedTags).toEqual(
      expect.arrayContaining([
        cacheTags.stall(id),
        cacheTags.organization(orgIds[0]!),
        cacheTags.organization(orgIds[2]!),
      ]),
    );
  });

  it("turns a taken number or key on the same market day into field errors", async () => {
    const first = stallValues();
    await createStall(admin, first);
    const clash = stallValues({ number: String(first.number), key: first.key });
    expect(await refusal(createStall(admin, clash))).toEqual(fieldRefusal({ number: [TAKEN], key: [TAKEN] }));
    const { id } = await createStall(admin, stallValues());
    const moved = { ...clash, key: `other-${randomUUID().slice(0, 6)}` };
    expect(await refusal(updateStall(admin, id, moved))).toEqual(fieldRefusal({ number: [TAKEN] }));
  });

  it("refuses staff, secretary and another community's admin", async () => {
    const values = stallValues();
    const { id } = await createStall(admin, values);
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
    const { id } = await createOrganization(admin, values);
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.organizations, cacheTags.organization(id)]));
    expect(await refusal(createOrganization(admin, values))).toEqual(fieldRefusal({ name: [TAKEN] }));
    // The same name in another community is that community's business.
    await createOrganization(otherAdmin, values);
  });

  it("renaming a host updates the search text of the stalls it hosts", async () => {
    const { id: orgId } = await createOrganization(
      admin,
      organizationFormSchema.parse({ name: "甲乙法律事务所", type: "COMPANY" }),
    );
    const { id: stallId } = await createStall(admin, stallValues({ hosts: [orgId] }));
    expect((await searchStalls(search("甲乙法律"))).map((s) => s.id)).toEqual([stallId]);
    revalidatedTags.length = 0;
    await updateOrganization(
      admin,
      orgId,
      organizationFormSchema.parse({ name: "丙丁律师事务所", nameEn: "Bingding Law", type: "COMPANY" }),
    );
    expect(await searchStalls(search("甲乙法律"))).toEqual([]);
    expect((await searchStalls(search("bingding law"))).map((s) => s.id)).toEqual([stallId]);
    expect(revalidatedTags).toEqual(expect.arrayContaining([cacheTags.organization(orgId), cacheTags.stalls]));
  });

  it("refuses a rename onto another organisation's name, and foreign or unprivileged actors", async () => {
    const taken = await prisma.organization.findUniqueOrThrow({ where: { id: orgIds[0] } });
    const values = organizationFormSchema.parse({ name: taken.name, type: "COMPANY" });
    expect(await refusal(updateOrganization(admin, orgIds[1]!, values))).toEqual(fieldRefusal({ name: [TAKEN] }));
    await expectForbidden(createOrganization(null, values), 401);
    for (const actor of [staff, secretary]) await expectForbidden(createOrganization(actor, values));
    for (const actor of [staff, secretary, otherAdmin])
      await expectForbidden(updateOrganization(actor, orgIds[1]!, values));
    expect(await refusal(updateOrganization(admin, randomUUID(), values))).toEqual({ code: "forms.errors.notFound" });
  });
});

describe("the actions, as a form meets them", () => {
  const idle: FormState = { status: "idle" };
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };
  const marketDayFields = (extra: Record<string, string> = {}) => ({
    locale: "zh-CN",
    slug: `2027-07-0${++slugCounter}-action-market`,
    title: "七月服务市集",
    theme: "消夏",
    date: "2027-07-03",
    startTime: "09:00",
    endTime: "11:00",
    place: "园岭七街小公园",
    ...extra,
  });
  /** Where the action redirected to (redirect() throws an error whose digest names the address). */
  async function redirectOf(call: Promise<unknown>): Promise<string | undefined> {
    const thrown = await call.then(
      () => null,
      (e: unknown) => e,
    );
    const digest = (thrown as { digest?: unknown } | null)?.digest;
    expect(digest).toMatch(/^NEXT_REDIRECT;/);
    return (digest as string).split(";")[2];
  }

  it("a created market day goes to its page in the form's language", async () => {
    session.actor = admin;
    const to = await redirectOf(createMarketDayAction(idle, form(marketDayFields({ locale: "en" }))));
    expect(to).toMatch(/^\/en\/admin\/content\/market-days\/[0-9a-f-]{36}\?created=1$/);
  });

  it("a taken slug is a message next to the slug, and what was typed comes back", async () => {
    session.actor = admin;
    const fields = marketDayFields({ slug: MARKET_DAY_2023_SLUG, titleEn: "July market" });
    const created = await createMarketDayAction(idle, form(fields));
    expect(created).toMatchObject({
      status: "error",
      formError: "forms.errors.checkFields",
      fieldErrors: { slug: [TAKEN] },
    });
    expect(created.values).toMatchObject({ slug: MARKET_DAY_2023_SLUG, title: "七月服务市集", titleEn: "July market" });
    // The same on an edit; the record keeps its own slug.
    const { id, slug } = await createMarketDay(admin, marketDayValues());
    const updated = await updateMarketDayAction(idle, form({ ...fields, id }));
    expect(updated).toMatchObject({
      status: "error",
      fieldErrors: { slug: [TAKEN] },
      values: { id, title: "七月服务市集" },
    });
    expect((await prisma.marketDay.findUniqueOrThrow({ where: { id } })).slug).toBe(slug);
    // A saved edit says so and shows what was saved.
    const saved = await updateMarketDayAction(idle, form({ ...fields, slug, id }));
    expect(saved).toMatchObject({ status: "ok", message: "adminContent.common.saved", values: { slug } });
  });

  it("another community's admin gets 403 on every edit, before the form is parsed", async () => {
    const { id: dayId } = await createMarketDay(admin, marketDayValues());
    const stallId = (await prisma.stall.findFirstOrThrow({ where: { communityId: admin.communityId } })).id;
    session.actor = otherAdmin;
    // Nothing but the id: a parse would report missing fields instead.
    for (const [action, id] of [
      [updateMarketDayAction, dayId],
      [publishMarketDayAction, dayId],
      [cancelMarketDayAction, dayId],
      [updateStallAction, stallId],
      [updateOrganizationAction, orgIds[0]!],
    ] as const) {
      const state = await action(idle, form({ id, locale: "zh-CN" }));
      expect(state.formError).toBe("forms.errors.forbidden");
      expect(state.fieldErrors).toBeUndefined();
    }
    expect((await prisma.marketDay.findUniqueOrThrow({ where: { id: dayId } })).status).toBe("DRAFT");
  });

  it("an id that is no record's, or no uuid, is not found, before the form is parsed", async () => {
    session.actor = admin;
    for (const id of [randomUUID(), "not-a-uuid", ""]) {
      const state = await updateStallAction(idle, form({ id }));
      expect(state).toMatchObject({ status: "error", formError: "forms.errors.notFound" });
      expect(state.fieldErrors).toBeUndefined();
    }
  });

  it("publishing twice from a stale page says it changed meanwhile", async () => {
    session.actor = admin;
    const { id } = await createMarketDay(admin, marketDayValues());
    const first = await publishMarketDayAction(idle, form({ id }));
    expect(first).toMatchObject({ status: "ok", message: "adminContent.marketDays.published" });
    expect(await publishMarketDayAction(idle, form({ id }))).toMatchObject({
      status: "error",
      formError: "forms.errors.stale",
    });
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
