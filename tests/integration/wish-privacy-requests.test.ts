// PIPL (issue 12, finding 13): a resident asks staff to correct or erase their
// personal data. Through the wish page's Server Actions against a real
// database: the data changes, the history says so, the audit row names the
// fields and the request but never the data, typed text survives every error,
// and nothing happens without the permission or the confirmation. On the code
// before this change none of these actions existed.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { decryptPersonal, phoneLookupHash } from "@/lib/privacy/personal-data";
import { seedDatabase } from "@/lib/seed/seed-database";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { revalidatedTags } from "../helpers/next-cache";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.10" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const { correctContactAction, eraseContactAction } = await import("@/app/[locale]/[display]/admin/wishes/actions");

let staff: Actor;
let secretary: Actor;

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  [staff, secretary] = await Promise.all([
    seededActor(testDb.prisma, "staff"),
    seededActor(testDb.prisma, "secretary"),
  ]);
});

const idle = { status: "idle" } as const;
const PHONE = "13812345678";
const NEW_PHONE = "13987654321";

async function assistanceWish(): Promise<string> {
  const values = wishFormSchema.parse({
    kind: "assistance",
    category: "elderly-care",
    content: "需要有人陪同去社康中心复诊，我住3栋2单元。",
    name: "李阿姨",
    phone: PHONE,
    building: "3栋2单元",
    neededAt: "2030-12-01T09:30",
    mobility: ["wheelchair"],
    pickupAddress: "3栋2单元楼下",
    destination: "社康中心",
    returnTrip: "yes",
    public: "on",
    consent: "on",
    idempotencyKey: randomUUID(),
  });
  return (await submitWish(values, { channel: "WEB" })).id;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const wishOf = (id: string) => testDb.prisma.wish.findUniqueOrThrow({ where: { id } });
const lastEvent = (wishId: string) =>
  testDb.prisma.wishEvent.findFirstOrThrow({ where: { wishId }, orderBy: { sequence: "desc" } });
const auditOf = (subjectId: string, action: string) =>
  testDb.prisma.auditLog.findMany({ where: { subjectId, action } });

describe("correcting contact details on request", () => {
  it("re-encrypts what was corrected, recomputes the phone lookup, and audits fields, not values", async () => {
    const id = await assistanceWish();
    session.actor = staff;
    const state = await correctContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", phone: "139 8765 4321", name: "李秀英", reference: "居民当面申请" }),
    );
    expect(state).toMatchObject({ status: "ok", message: "adminWishes.privacy.corrected" });

    const wish = await wishOf(id);
    expect(decryptPersonal(wish.phoneEnc!)).toBe(NEW_PHONE);
    expect(decryptPersonal(wish.nameEnc!)).toBe("李秀英");
    expect(wish.phoneLast4).toBe("4321");
    expect(wish.phoneHash).toBe(phoneLookupHash(NEW_PHONE));
    // Untouched fields stay as they were.
    expect(decryptPersonal(wish.buildingEnc!)).toBe("3栋2单元");
    expect(wish.version).toBe(1);
    expect(await lastEvent(id)).toMatchObject({ action: "CORRECT_CONTACT", actorId: staff.id, actorType: "STAFF" });

    const [audit, ...more] = await auditOf(id, "wish.correctContact");
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ actorId: staff.id, communityId: staff.communityId, subjectType: "wish" });
    expect(audit?.detail).toEqual({ fields: ["name", "phone"], reference: "居民当面申请" });
    const written = JSON.stringify(audit);
    for (const secret of [NEW_PHONE, "李秀英", PHONE]) expect(written).not.toContain(secret);
  });

  it("keeps what was typed after an error, and refuses a role without the permission", async () => {
    const id = await assistanceWish();
    session.actor = staff;
    const bad = await correctContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", phone: "12345", name: "李秀英", reference: "" }),
    );
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { phone: ["adminWishes.errors.phone"], reference: ["adminWishes.errors.required"] },
      values: { phone: "12345", name: "李秀英" },
    });
    const nothing = await correctContactAction(idle, form({ wishId: id, expectedVersion: "0", reference: "申请" }));
    expect(nothing).toMatchObject({ status: "error", fieldErrors: { name: ["adminWishes.errors.contactNothing"] } });

    session.actor = secretary;
    const denied = await correctContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", name: "别人", reference: "申请" }),
    );
    expect(denied).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect(decryptPersonal((await wishOf(id)).nameEnc!)).toBe("李阿姨");
    expect((await wishOf(id)).version).toBe(0);
  });

  it("writes nothing from a stale form", async () => {
    const id = await assistanceWish();
    session.actor = staff;
    await testDb.prisma.wish.update({ where: { id }, data: { version: 3 } });
    const stale = await correctContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", name: "李秀英", reference: "申请" }),
    );
    expect(stale).toMatchObject({ status: "error", formError: "forms.errors.stale", values: { name: "李秀英" } });
    expect(decryptPersonal((await wishOf(id)).nameEnc!)).toBe("李阿姨");
    expect(await auditOf(id, "wish.correctContact")).toHaveLength(0);
  });
});

describe("erasing personal data on request", () => {
  it("needs the confirmation box, and keeps the typed reference when it is missing", async () => {
    const id = await assistanceWish();
    session.actor = staff;
    const state = await eraseContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", scope: "contact", reference: "居民电话申请" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { confirm: ["adminWishes.errors.confirmErase"] },
      values: { reference: "居民电话申请", scope: "contact" },
    });
    expect((await wishOf(id)).phoneEnc).not.toBeNull();
  });

  it("erases every personal column, health data and comment included, and keeps the wish text", async () => {
    const id = await assistanceWish();
    await testDb.prisma.wish.update({ where: { id }, data: { satisfactionComment: "李阿姨说志愿者很好" } });
    session.actor = staff;
    const state = await eraseContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", scope: "contact", confirm: "on", reference: "居民当面申请删除" }),
    );
    expect(state).toMatchObject({ status: "ok", message: "adminWishes.privacy.erased" });
    const wish = await wishOf(id);
    expect(wish).toMatchObject({
      nameEnc: null,
      phoneEnc: null,
      phoneLast4: null,
      phoneHash: null,
      buildingEnc: null,
      pickupAddressEnc: null,
      destinationEnc: null,
      mobilityAids: [],
      satisfactionComment: null,
      isPublic: true,
    });
    expect(wish.content).toContain("复诊");
    expect(await lastEvent(id)).toMatchObject({ action: "ERASE_CONTACT", actorType: "STAFF", actorId: staff.id });
    const [audit] = await auditOf(id, "wish.eraseContact");
    expect(audit?.detail).toEqual({
      scope: "contact",
      fields: [
        "nameEnc",
        "phoneEnc",
        "phoneLast4",
        "phoneHash",
        "buildingEnc",
        "buildingHash",
        "pickupAddressEnc",
        "destinationEnc",
        "mobilityAids",
        "satisfactionComment",
      ],
      reference: "居民当面申请删除",
    });
  });

  it("with the wish text: empties it and takes the wish off the wall at once", async () => {
    const id = await assistanceWish();
    await testDb.prisma.wish.update({ where: { id }, data: { wallStatus: "APPROVED" } });
    session.actor = staff;
    revalidatedTags.length = 0;
    const state = await eraseContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", scope: "all", confirm: "on", reference: "居民要求全部删除" }),
    );
    expect(state).toMatchObject({ status: "ok" });
    const wish = await wishOf(id);
    expect(wish).toMatchObject({ content: "", isPublic: false, wallStatus: "HIDDEN", phoneEnc: null });
    expect(revalidatedTags).toContain("wish-figures");
    const [audit] = await auditOf(id, "wish.eraseContact");
    expect(audit?.detail).toMatchObject({ scope: "all" });
    expect((audit?.detail as { fields: string[] }).fields).toContain("content");
    expect(JSON.stringify(audit)).not.toContain("复诊");
  });

  it("refuses the secretary", async () => {
    const id = await assistanceWish();
    session.actor = secretary;
    const state = await eraseContactAction(
      idle,
      form({ wishId: id, expectedVersion: "0", scope: "contact", confirm: "on", reference: "申请" }),
    );
    expect(state).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect((await wishOf(id)).phoneEnc).not.toBeNull();
  });
});
