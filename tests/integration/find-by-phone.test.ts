// "Find by phone" against a real database: the exact number finds the resident's
// wishes through the keyed hash only, a near miss finds nothing, another community
// sees nothing, a malformed number is refused, and every lookup is audited.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { phoneLookupHash } from "@/lib/privacy/personal-data";
import { seedDatabase } from "@/lib/seed/seed-database";
import { lookUpPhone } from "@/lib/wishes/find-by-phone";
import { searchInbox } from "@/lib/wishes/inbox-search";
import { listInbox } from "@/lib/wishes/inbox-query";
import { parseInboxFilter } from "@/lib/wishes/inbox-filter";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();

const testDb = await useTestDatabase();
let staff: Actor;
let outsider: Actor;
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(testDb.prisma, "staff");
  const other = await testDb.prisma.community.create({ data: { slug: "other-phone", name: "另一个社区" } });
  outsider = { id: randomUUID(), role: "ADMIN", communityId: other.id };
});

async function wish(phone: string, content: string): Promise<string> {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "other",
    content,
    phone,
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return (await submitWish(values, { channel: "WEB" })).id;
}

describe("find by phone", () => {
  it("finds exactly the wishes with that number, as typed in any usual way", async () => {
    const a = await wish("13911112222", "楼下的路灯坏了，请修一下。");
    const b = await wish("139 1111 2222", "希望增加一个快递柜。");
    await wish("13911112223", "别人的心愿，号码只差一位。");

    const lookup = await lookUpPhone(staff, "+86 139-1111-2222");
    expect(lookup.ok).toBe(true);
    if (!lookup.ok) return;
    const page = await listInbox(staff, { ...parseInboxFilter({ phone: "1" }), phoneHash: lookup.hash });
    expect(new Set(page.rows.map((r) => r.id))).toEqual(new Set([a, b]));
    expect(page.rows.every((r) => r.maskedPhone === "139****2222")).toBe(true);

    // Another community's admin, with the same number, sees none of them.
    const theirs = await lookUpPhone(outsider, "13911112222");
    if (!theirs.ok) throw new Error("lookup refused");
    expect((await listInbox(outsider, { ...parseInboxFilter({ phone: "1" }), phoneHash: theirs.hash })).rows).toEqual(
      [],
    );

    // An expired lookup matches nothing rather than everything.
    expect((await listInbox(staff, { ...parseInboxFilter({ phone: "1" }), phoneHash: "-" })).rows).toEqual([]);
  });

  it("refuses a malformed number, needs a signed-in actor, and audits without the number", async () => {
    expect(await lookUpPhone(staff, "1391111")).toEqual({ ok: false });
    await expect(lookUpPhone(null, "13911112222")).rejects.toMatchObject({ status: 401 });
    const entries = await testDb.prisma.auditLog.findMany({ where: { action: "wish.phoneLookup" } });
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(entries)).not.toMatch(/1391111222\d/);
  });
});

describe("find by phone: who, how often, and what the log keeps (finding 8)", () => {
  it("is not the secretary's: listing masked numbers plus a search would recover them", async () => {
    const secretary = await seededActor(testDb.prisma, "secretary");
    await expect(lookUpPhone(secretary, "13911112222")).rejects.toMatchObject({ status: 403 });
    // The inbox search sends a phone-like text the same way.
    await expect(searchInbox(secretary, { q: "139 1111 2222", filter: "" })).rejects.toMatchObject({ status: 403 });
    // Words are still the secretary's to search.
    expect(await searchInbox(secretary, { q: "路灯", filter: "" })).toMatchObject({ kind: "words" });
  });

  it("records the keyed hash of the number searched, never the number", async () => {
    const me: Actor = { ...staff, id: randomUUID() };
    const found = await lookUpPhone(me, "139-2222-3333", { ipKey: "test-ip" });
    expect(found).toEqual({ ok: true, hash: phoneLookupHash("13922223333") });
    const entry = await testDb.prisma.auditLog.findFirstOrThrow({ where: { actorId: me.id } });
    expect(entry.detail).toEqual({ phoneHash: phoneLookupHash("13922223333") });
    expect(JSON.stringify(entry)).not.toContain("13922223333");
  });

  it("allows 30 searches per account per hour, then says so", async () => {
    const me: Actor = { ...staff, id: randomUUID() };
    for (let i = 0; i < 30; i++) expect((await lookUpPhone(me, `1390000${String(i).padStart(4, "0")}`)).ok).toBe(true);
    await expect(lookUpPhone(me, "13900009999")).rejects.toMatchObject({
      code: "adminWishes.phoneLookup.rateLimited",
    });
    // Only the searches that ran were logged.
    expect(await testDb.prisma.auditLog.count({ where: { actorId: me.id, action: "wish.phoneLookup" } })).toBe(30);
    // Another account has its own allowance.
    expect((await lookUpPhone({ ...staff, id: randomUUID() }, "13900009999")).ok).toBe(true);
  });
});
