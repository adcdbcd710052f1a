// Retention against a real database: personal data (contact details, mobility
// aids, the rating comment) goes one year after a wish is settled or merged, or
// one year after submission for a wish still open, and nothing else changes;
// recently settled and recently submitted wishes keep theirs so staff can still
// call the resident back.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { purgePersonalData, RETENTION_DAYS } from "@/lib/privacy/purge-personal-data";
import { seedDatabase } from "@/lib/seed/seed-database";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();

const testDb = await useTestDatabase();
beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
});

const DAY = 86_400_000;
const NOW = new Date("2026-11-29T02:00:00Z");

async function wishWithContact(label: string): Promise<string> {
  const values = wishFormSchema.parse({
    kind: "assistance",
    category: "elderly-care",
    content: `需要有人陪同去社康中心复诊（${label}）。`,
    name: "测试居民",
    phone: "13812345678",
    building: "3栋2单元",
    // Ahead of any clock the tests run on: past times are refused.
    neededAt: "2030-12-01T09:30",
    mobility: ["escort"],
    pickupAddress: "3栋2单元楼下",
    destination: "社康中心",
    returnTrip: "yes",
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return (await submitWish(values, { channel: "WEB" })).id;
}

async function contactOf(id: string) {
  return testDb.prisma.wish.findUniqueOrThrow({
    where: { id },
    select: {
      nameEnc: true,
      phoneEnc: true,
      phoneLast4: true,
      phoneHash: true,
      buildingEnc: true,
      pickupAddressEnc: true,
      destinationEnc: true,
      content: true,
      publicReply: true,
      status: true,
    },
  });
}

describe("purgePersonalData", () => {
  it("deletes contact details a year after settlement and keeps everything else", async () => {
    const old = await wishWithContact("一年多前办结");
    const recent = await wishWithContact("上个月办结");
    const open = await wishWithContact("还在办理");
    const merged = await wishWithContact("一年多前合并");
    await testDb.prisma.wish.update({
      where: { id: old },
      data: {
        status: "SETTLED",
        settledAt: new Date(NOW.getTime() - (RETENTION_DAYS + 1) * DAY),
        publicReply: "已安排志愿者陪同。",
      },
    });
    await testDb.prisma.wish.update({
      where: { id: recent },
      data: { status: "SETTLED", settledAt: new Date(NOW.getTime() - 30 * DAY), publicReply: "已安排。" },
    });
    await testDb.prisma.wish.update({ where: { id: merged }, data: { status: "DUPLICATE", duplicateOfId: old } });
    // updatedAt is set by Prisma on every update: backdate it in SQL.
    await testDb.prisma
      .$executeRaw`UPDATE "Wish" SET "updatedAt" = ${new Date(NOW.getTime() - 400 * DAY)} WHERE id = ${merged}::uuid`;

    const result = await purgePersonalData(testDb.prisma, NOW);
    // The two above, and the seed's 2023 wishes that carry mobility aids.
    expect(result.wishes).toBeGreaterThanOrEqual(2);
    expect(result.openWishes).toBe(0);

    for (const id of [old, merged]) {
      const row = await contactOf(id);
      expect(row).toMatchObject({
        nameEnc: null,
        phoneEnc: null,
        phoneLast4: null,
        phoneHash: null,
        buildingEnc: null,
        pickupAddressEnc: null,
        destinationEnc: null,
      });
      expect(row.content).toContain("复诊");
    }
    expect((await contactOf(old)).publicReply).toBe("已安排志愿者陪同。");
    for (const id of [recent, open]) {
      const row = await contactOf(id);
      expect(row.phoneEnc).not.toBeNull();
      expect(row.phoneLast4).toBe("5678");
      expect(row.pickupAddressEnc).not.toBeNull();
      expect(row.destinationEnc).not.toBeNull();
    }

    const audit = await testDb.prisma.auditLog.findMany({ where: { action: "privacy.purge" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({ wishes: result.wishes, openWishes: 0 });

    // A second run finds nothing left to delete and logs nothing.
    expect((await purgePersonalData(testDb.prisma, NOW)).wishes).toBe(0);
    expect(await testDb.prisma.auditLog.count({ where: { action: "privacy.purge" } })).toBe(1);
  });
});

describe("purgePersonalData, health data, comments and wishes left open", () => {
  it("clears mobility aids and the rating comment with the contact details", async () => {
    const id = await wishWithContact("一年多前办结，有评价意见");
    const settledAt = new Date(NOW.getTime() - (RETENTION_DAYS + 2) * DAY);
    await testDb.prisma.wish.update({
      where: { id },
      data: { status: "SETTLED", settledAt, satisfaction: 2, satisfactionComment: "陪同的志愿者迟到了" },
    });
    const before = await testDb.prisma.wish.findUniqueOrThrow({ where: { id } });
    expect(before.mobilityAids).toEqual(["ESCORT"]);

    await purgePersonalData(testDb.prisma, NOW);
    const after = await testDb.prisma.wish.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ mobilityAids: [], satisfactionComment: null, phoneEnc: null, satisfaction: 2 });
    expect(after.version).toBe(before.version + 1);
    // Every seeded wish older than the retention period lost its mobility aids too.
    expect(
      await testDb.prisma.wish.count({
        where: { status: "SETTLED", settledAt: { lt: settledAt }, mobilityAids: { isEmpty: false } },
      }),
    ).toBe(0);
  });

  it("erases a wish still open a year after submission, keeps it open, and says so in its history", async () => {
    const stuck = await wishWithContact("一年前提交，还没办完");
    const young = await wishWithContact("半年前提交，还没办完");
    const at = (days: number) => new Date(NOW.getTime() - days * DAY);
    await testDb.prisma
      .$executeRaw`UPDATE "Wish" SET "createdAt" = ${at(RETENTION_DAYS + 5)} WHERE id = ${stuck}::uuid`;
    await testDb.prisma.$executeRaw`UPDATE "Wish" SET "createdAt" = ${at(180)} WHERE id = ${young}::uuid`;
    await testDb.prisma.wish.update({ where: { id: stuck }, data: { status: "REFERRED", referralDepartment: "街道" } });

    const result = await purgePersonalData(testDb.prisma, NOW);
    expect(result.openWishes).toBe(1);

    const row = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: stuck } });
    expect(row).toMatchObject({
      status: "REFERRED",
      nameEnc: null,
      phoneEnc: null,
      phoneLast4: null,
      phoneHash: null,
      buildingEnc: null,
      pickupAddressEnc: null,
      destinationEnc: null,
      mobilityAids: [],
    });
    expect(row.content).toContain("复诊");
    const event = await testDb.prisma.wishEvent.findFirstOrThrow({
      where: { wishId: stuck },
      orderBy: { sequence: "desc" },
    });
    expect(event).toMatchObject({
      action: "ERASE_CONTACT",
      actorType: "SYSTEM",
      actorId: null,
      fromStatus: "REFERRED",
      toStatus: "REFERRED",
      sequence: row.version,
    });

    const kept = await testDb.prisma.wish.findUniqueOrThrow({ where: { id: young } });
    expect(kept.phoneLast4).toBe("5678");
    expect(kept.mobilityAids).toEqual(["ESCORT"]);

    const audit = await testDb.prisma.auditLog.findFirstOrThrow({
      where: { action: "privacy.purge" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.detail).toMatchObject({ openWishes: 1 });
    expect(JSON.stringify(audit.detail)).not.toContain("5678");
  });
});

describe("purgePersonalData, messages (issue 13)", () => {
  it("erases a wish's email with its phone", async () => {
    const values = wishFormSchema.parse({
      kind: "wish",
      content: "希望小区多装几盏路灯。",
      email: "resident@example.org",
      consent: "on",
      messages: "on",
      idempotencyKey: randomUUID(),
    });
    const { id } = await submitWish(values, { channel: "WEB" });
    await testDb.prisma.wish.update({
      where: { id },
      data: { status: "SETTLED", settledAt: new Date(NOW.getTime() - (RETENTION_DAYS + 1) * DAY) },
    });
    await purgePersonalData(testDb.prisma, NOW);
    expect((await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).emailEnc).toBeNull();
  });

  it("deletes reminder subscriptions stopped a month ago or never confirmed in a week, and keeps the rest", async () => {
    const community = await testDb.prisma.community.findFirstOrThrow();
    const make = (label: string, data: { confirmedAt?: Date; stoppedAt?: Date; createdAt: Date }) =>
      testDb.prisma.reminderSubscription.create({
        data: { communityId: community.id, channel: "SMS", addressEnc: "v1:x", addressHash: `hash-${label}`, ...data },
      });
    const stoppedLongAgo = await make("a", {
      confirmedAt: new Date(NOW.getTime() - 90 * DAY),
      stoppedAt: new Date(NOW.getTime() - 31 * DAY),
      createdAt: new Date(NOW.getTime() - 90 * DAY),
    });
    const neverConfirmed = await make("b", { createdAt: new Date(NOW.getTime() - 8 * DAY) });
    const active = await make("c", {
      confirmedAt: new Date(NOW.getTime() - 90 * DAY),
      createdAt: new Date(NOW.getTime() - 90 * DAY),
    });
    const justStopped = await make("d", {
      confirmedAt: new Date(NOW.getTime() - 90 * DAY),
      stoppedAt: new Date(NOW.getTime() - DAY),
      createdAt: new Date(NOW.getTime() - 90 * DAY),
    });
    const result = await purgePersonalData(testDb.prisma, NOW);
    expect(result.reminderSubscriptions).toBe(2);
    const left = (await testDb.prisma.reminderSubscription.findMany({ select: { id: true } })).map((r) => r.id);
    expect(left).toEqual(expect.arrayContaining([active.id, justStopped.id]));
    expect(left).not.toContain(stoppedLongAgo.id);
    expect(left).not.toContain(neverConfirmed.id);
  });
});
