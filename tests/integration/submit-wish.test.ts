// submitWish against a real database: exactly once per idempotency key, personal
// data only encrypted, anonymous wishes keep nothing, QR places that do not fit
// are dropped (the wish is kept), and the SUBMIT event is written with it.
import { firstReplyDue, isWorkingDayDate } from "@/lib/deadlines/deadline-targets";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed-database";
import { MARKET_DAY_2023_SLUG, MARKET_DAY_2026_SLUG } from "@/lib/seed/data/market-days";
import { decryptPersonal, phoneLookupHash } from "@/lib/privacy/personal-data";
import { revealContact } from "@/lib/wishes/reveal-contact";
import { getWishForStaff } from "@/lib/wishes/staff-wish-query";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import type { WishFormValues } from "@/lib/wishes/wish-form-rules";
import { revalidatedTags } from "../helpers/next-cache";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

// Fresh keys for this file; set before anything encrypts.
useThrowAwayKeys();

const PHONE = "13812345678";
const NAME = "居民甲测试";

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});

function values(input: Record<string, unknown> = {}): WishFormValues {
  return wishFormSchema.parse({
    kind: "wish",
    category: "environment-property",
    content: "小区东门的路灯坏了，晚上很黑。",
    idempotencyKey: randomUUID(),
    ...input,
  });
}

async function stallOf(slug: string) {
  return testDb.prisma.stall.findFirstOrThrow({
    where: { marketDay: { slug } },
    orderBy: { number: "asc" },
    select: { id: true, marketDayId: true },
  });
}

describe("submitWish", () => {
  it("stores one wish for 20 concurrent submissions with the same key", async () => {
    const input = values({ content: "同一个心愿连点了二十次。" });
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => submitWish(input, { channel: "WEB" })));
    const failures = settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    expect(failures).toEqual([]);
    const results = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const rows = await testDb.prisma.wish.findMany({ where: { idempotencyKey: input.idempotencyKey } });
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.trackingCode))).toEqual(new Set([rows[0]?.trackingCode]));
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([rows[0]?.id]));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await testDb.prisma.wishEvent.count({ where: { wishId: rows[0]?.id } })).toBe(1);
  });

  it("stores distinct wishes for distinct keys", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => submitWish(values(), { channel: "WEB" })));
    expect(new Set(results.map((r) => r.id)).size).toBe(5);
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(5);
    for (const r of results) expect(r.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
  });

  it("keeps the phone and the name only encrypted, with last four digits and a keyed hash", async () => {
    const result = await submitWish(
      values({ name: NAME, phone: "+86 138-1234-5678", building: "3栋2单元", consent: "on" }),
      { channel: "WEB" },
    );
    expect(result.hasPhone).toBe(true);
    const leaks = await testDb.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Wish" w
       WHERE row_to_json(w)::text LIKE ${`%${PHONE}%`} OR row_to_json(w)::text LIKE ${`%${NAME}%`}
          OR row_to_json(w)::text LIKE ${"%3栋2单元%"}`;
    expect(Number(leaks[0]?.n)).toBe(0);
    const eventLeaks = await testDb.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "WishEvent" e WHERE row_to_json(e)::text LIKE ${`%${PHONE}%`}`;
    expect(Number(eventLeaks[0]?.n)).toBe(0);

    const wish = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } });
    expect(wish.phoneLast4).toBe("5678");
    expect(wish.phoneHash).toBe(phoneLookupHash(PHONE));
    expect(wish.phoneEnc && decryptPersonal(wish.phoneEnc)).toBe(PHONE);
    expect(wish.nameEnc && decryptPersonal(wish.nameEnc)).toBe(NAME);
    expect(wish.buildingEnc && decryptPersonal(wish.buildingEnc)).toBe("3栋2单元");
    expect(wish.consentAt).toBeInstanceOf(Date);
    // A fresh IV each time: the same phone never gives the same ciphertext.
    const again = await submitWish(values({ phone: PHONE, consent: "on" }), { channel: "WEB" });
    const other = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: again.id } });
    expect(other.phoneEnc).not.toBe(wish.phoneEnc);
    expect(other.phoneHash).toBe(wish.phoneHash);
  });

  it("keeps nothing personal for an anonymous wish", async () => {
    // Assistance requests cannot be anonymous (the rules refuse it); values that
    // reach submitWish some other way must still keep nothing.
    const result = await submitWish(
      {
        ...values({ name: NAME, phone: PHONE, building: "5栋", anonymous: "on" }),
        kind: "assistance",
        neededAt: "2030-12-01T09:30",
        mobility: ["wheelchair"],
        pickupAddress: "5栋楼下",
        destination: "市二医院",
      },
      { channel: "WEB" },
    );
    expect(result.hasPhone).toBe(false);
    const wish = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } });
    expect(wish).toMatchObject({
      anonymous: true,
      nameEnc: null,
      phoneEnc: null,
      phoneLast4: null,
      phoneHash: null,
      buildingEnc: null,
      pickupAddressEnc: null,
      destinationEnc: null,
      consentAt: null,
      mobilityAids: ["WHEELCHAIR"],
    });
    // 09:30 in Shenzhen is 01:30 UTC.
    expect(wish.neededAt?.toISOString()).toBe("2030-12-01T01:30:00.000Z");
  });

  it("stores an assistance request's pickup point and destination encrypted, and nothing of them for other kinds", async () => {
    const assistance = await submitWish(
      values({
        kind: "assistance",
        neededAt: "2030-12-02T14:00",
        mobility: ["stair_climber", "escort"],
        pickupAddress: "7栋1单元楼下",
        destination: "市二医院 心内科",
        returnTrip: "yes",
        phone: PHONE,
        consent: "on",
      }),
      { channel: "WEB" },
    );
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: assistance.id } });
    expect(stored.pickupAddressEnc && decryptPersonal(stored.pickupAddressEnc)).toBe("7栋1单元楼下");
    expect(stored.destinationEnc && decryptPersonal(stored.destinationEnc)).toBe("市二医院 心内科");
    expect(stored).toMatchObject({ kind: "ASSISTANCE", mobilityAids: ["STAIR_CLIMBER", "ESCORT"], returnTrip: true });
    // When help is needed, in the column staff sort by: 14:00 in Shenzhen.
    expect(stored.neededAt?.toISOString()).toBe("2030-12-02T06:00:00.000Z");
    const leaks = await testDb.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Wish" w WHERE row_to_json(w)::text LIKE ${"%心内科%"}`;
    expect(Number(leaks[0]?.n)).toBe(0);

    const opinion = await submitWish(
      values({
        kind: "opinion",
        neededAt: "2030-12-02T14:00",
        mobility: ["escort"],
        pickupAddress: "7栋",
        destination: "市二医院",
        returnTrip: "no",
      }),
      { channel: "WEB" },
    );
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: opinion.id } })).toMatchObject({
      pickupAddressEnc: null,
      destinationEnc: null,
      returnTrip: null,
      neededAt: null,
      mobilityAids: [],
      consentAt: null,
    });
  });

  it("shows staff when help is needed and the return trip, and reveals the destination with the contact", async () => {
    const staff = await seededActor(testDb.prisma, "staff");
    const result = await submitWish(
      values({
        kind: "assistance",
        category: "",
        neededAt: "2030-12-03T08:15",
        mobility: ["escort"],
        pickupAddress: "2栋楼下",
        destination: "社康中心 康复科",
        returnTrip: "no",
        phone: PHONE,
        consent: "on",
      }),
      { channel: "WEB" },
    );
    const wish = await getWishForStaff(staff, result.id);
    expect(wish).toMatchObject({ category: null, returnTrip: false, hasContact: true });
    expect(wish?.neededAt?.toISOString()).toBe("2030-12-03T00:15:00.000Z");
    expect(await revealContact(staff, result.id)).toMatchObject({
      phone: PHONE,
      pickupAddress: "2栋楼下",
      destination: "社康中心 康复科",
    });
  });

  it("stores a wish without a category, for staff to categorise", async () => {
    const result = await submitWish(values({ category: "" }), { channel: "WEB" });
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.category).toBeNull();
    expect(stored.status).toBe("SUBMITTED");
  });

  it("files a wish from a poster under its market day and stall", async () => {
    const stall = await stallOf(MARKET_DAY_2023_SLUG);
    const result = await submitWish(values({ marketDay: MARKET_DAY_2023_SLUG, stall: stall.id }), { channel: "WEB" });
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      marketDayId: stall.marketDayId,
      stallId: stall.id,
    });
  });

  it("drops a stall of another market day, or an unknown one, and keeps the wish", async () => {
    const day2023 = await stallOf(MARKET_DAY_2023_SLUG);
    const stall2026 = await stallOf(MARKET_DAY_2026_SLUG);
    const mixed = await submitWish(values({ marketDay: MARKET_DAY_2023_SLUG, stall: stall2026.id }), {
      channel: "WEB",
    });
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: mixed.id } })).toMatchObject({
      marketDayId: day2023.marketDayId,
      stallId: null,
    });

    const unknownStall = await submitWish(values({ marketDay: MARKET_DAY_2023_SLUG, stall: randomUUID() }), {
      channel: "WEB",
    });
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: unknownStall.id } })).toMatchObject({
      stallId: null,
    });

    const unknownDay = await submitWish(values({ marketDay: "no-such-market-day", stall: day2023.id }), {
      channel: "WEB",
    });
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id: unknownDay.id } })).toMatchObject({
      marketDayId: null,
      stallId: null,
    });
  });

  it("writes the SUBMIT event, sequence 0, in the same transaction", async () => {
    const result = await submitWish(values(), { channel: "WEB" });
    const events = await testDb.prisma.wishEvent.findMany({ where: { wishId: result.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sequence: 0,
      action: "SUBMIT",
      fromStatus: null,
      toStatus: "SUBMITTED",
      actorType: "RESIDENT",
      actorId: null,
    });
    const wish = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } });
    expect(wish).toMatchObject({ status: "SUBMITTED", version: 0, channel: "WEB" });
  });

  it("gives the reply target and due date, and refreshes the public figures", async () => {
    const community = await testDb.prisma.community.findUniqueOrThrow({ where: { slug: "yuandong" } });
    const before = Date.now();
    const result = await submitWish(values(), { channel: "WEB" });
    expect(result.replyTargetHours).toBe(community.replyTargetHours);
    const dueIn = result.replyDueAt.getTime() - before;
    // One working day (lib/deadlines): the end of the next working day in Shenzhen.
    const stored = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: result.id } });
    expect(result.replyDueAt.getTime()).toBe(firstReplyDue(stored.createdAt).getTime());
    expect(isWorkingDayDate(result.replyDueAt)).toBe(true);
    expect(dueIn).toBeGreaterThan(0);
    expect(revalidatedTags).toContain("wish-figures");
  });
});
