// Issue 14 §5 against a real database: similar wishes for staff (trigram
// similarity on Chinese text, same building by keyed hash, same category, the 90
// days around the wish, one community, five at most), the one-click merge through
// the triage action with no typed code, and "me too" on the wall, once per device.
// Only the session and the request's cookies and headers are stood in for.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/forms/form-state";
import { resetLimiters } from "@/lib/rate-limit/limiter";
import { seedDatabase } from "@/lib/seed/seed-database";
import { correctContact } from "@/lib/wishes/correct-contact";
import { eraseContact } from "@/lib/wishes/erase-contact";
import { moderateWall } from "@/lib/wishes/moderate-wall";
import { listPublicWishes } from "@/lib/wishes/public-wall";
import { settleWish } from "@/lib/wishes/settle-wish";
import { findSimilarWishes, SIMILAR_LIMIT } from "@/lib/wishes/similar-wishes";
import { submitWish } from "@/lib/wishes/submit-wish";
import { wishFormSchema } from "@/lib/wishes/wish-form-schema";
import { seededActor } from "../helpers/seeded-actor";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getActor: () => Promise.resolve(session.actor),
}));
// The device cookie the "me too" action reads: one value per simulated phone.
const device = vi.hoisted(() => ({ id: "" }));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.21" })),
  cookies: () =>
    Promise.resolve({
      get: (name: string) => (name === "huiyin-device" && device.id ? { name, value: device.id } : undefined),
      set: (_name: string, value: string) => {
        device.id = value;
      },
    }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const prisma = testDb.prisma;
const { triageWishAction } = await import("@/app/[locale]/[display]/admin/wishes/actions");
const { supportWishAction } = await import("@/app/[locale]/[display]/wishes/actions");

let staff: Actor;
const DAY = 86_400_000;
const idle = { status: "idle" } as const;

beforeAll(async () => {
  await seedDatabase(prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(prisma, "staff");
});
beforeEach(() => resetLimiters());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function wish(
  content: string,
  extra: { building?: string; category?: string; public?: boolean; daysAgo?: number } = {},
): Promise<{ id: string; trackingCode: string }> {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: extra.category ?? "environment-property",
    content,
    ...(extra.building ? { building: extra.building, consent: "on" } : { anonymous: "on" }),
    ...(extra.public ? { public: "on" } : {}),
    idempotencyKey: randomUUID(),
  });
  const created = await submitWish(values, { channel: "WEB" });
  if (extra.daysAgo)
    await prisma.wish.update({
      where: { id: created.id },
      data: { createdAt: new Date(Date.now() - extra.daysAgo * DAY) },
    });
  return { id: created.id, trackingCode: created.trackingCode };
}

const ids = (list: { id: string }[]) => list.map((w) => w.id);

describe("similar wishes", () => {
  it("finds alike texts and the same building's same category, within 90 days and one community", async () => {
    const lamp = await wish("3栋楼道的灯坏了一个多月，晚上上下楼很危险。", { building: "3栋" });
    const alike = await wish("楼道的灯坏了，晚上上下楼看不见，很危险", { building: "7栋" });
    // Another text, but the same building (typed differently) and category.
    const sameBuilding = await wish("垃圾桶满了没人清运，味道很大。", { building: "３ 栋" });
    const unrelated = await wish("想咨询劳动合同纠纷的法律问题。", { building: "9栋", category: "legal" });
    const tooOld = await wish("3栋楼道的灯坏了一个多月，晚上上下楼很危险。", { daysAgo: 120 });
    const other = await prisma.community.create({ data: { slug: "other-similar", name: "另一个社区" } });
    const elsewhere = await prisma.wish.create({
      data: {
        communityId: other.id,
        trackingCode: "SIMILAR2OTHER",
        kind: "WISH",
        content: "3栋楼道的灯坏了一个多月，晚上上下楼很危险。",
        replyDueAt: new Date(),
        idempotencyKey: randomUUID(),
      },
    });

    const similar = await findSimilarWishes(staff, lamp.id);
    expect(ids(similar)).toContain(alike.id);
    expect(ids(similar)).toContain(sameBuilding.id);
    for (const left of [lamp.id, unrelated.id, tooOld.id, elsewhere.id]) expect(ids(similar)).not.toContain(left);
    const byText = similar.find((w) => w.id === alike.id);
    expect(byText?.textSimilarity).toBeGreaterThan(0.12);
    expect(byText?.sameBuilding).toBe(false);
    expect(similar.find((w) => w.id === sameBuilding.id)).toMatchObject({ sameBuilding: true, sameCategory: true });
    // Nothing personal travels: the building is compared by its keyed hash only.
    expect(JSON.stringify(similar)).not.toContain("3栋");
  });

  it("shows five at most, leaves merged wishes out, and refuses another community's staff", async () => {
    const text = "小区东门的路灯不亮了，晚上走路看不清。";
    const first = await wish(text);
    const copies = [];
    for (let i = 0; i < 7; i++) copies.push(await wish(`${text}（第${i + 1}次反映）`));
    const similar = await findSimilarWishes(staff, first.id);
    expect(similar).toHaveLength(SIMILAR_LIMIT);
    for (const w of similar) expect(w.status).not.toBe("DUPLICATE");
    const other = await prisma.community.findUniqueOrThrow({ where: { slug: "other-similar" } });
    await expect(
      findSimilarWishes({ id: randomUUID(), role: "ADMIN", communityId: other.id }, first.id),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("merges in one click: the triage action takes the similar wish's code from the button", async () => {
    const original = await wish("希望在5栋门口装一个快递柜，老人取件不方便。");
    const repeat = await wish("5栋门口能不能装快递柜？老人取快递很不方便。");
    const listed = await findSimilarWishes(staff, repeat.id);
    const target = listed.find((w) => w.id === original.id);
    expect(target).toBeDefined();
    session.actor = staff;
    const state: FormState<{ action: string }> = await triageWishAction(
      idle,
      form({
        wishAction: "MARK_DUPLICATE",
        wishId: repeat.id,
        expectedVersion: "0",
        originalCode: target?.trackingCode ?? "",
      }),
    );
    expect(state).toMatchObject({ status: "ok", data: { action: "MARK_DUPLICATE" } });
    const merged = await prisma.wish.findUniqueOrThrow({ where: { id: repeat.id } });
    expect(merged).toMatchObject({ status: "DUPLICATE", duplicateOfId: original.id });
    // The original no longer lists a wish that was merged into it.
    expect(ids(await findSimilarWishes(staff, original.id))).not.toContain(repeat.id);
  });

  it("keeps the building hash with the building: a correction moves it, an erasure clears it", async () => {
    const w = await wish("6栋电梯经常停运，希望尽快维修。", { building: "6栋" });
    const before = await prisma.wish.findUniqueOrThrow({ where: { id: w.id }, select: { buildingHash: true } });
    expect(before.buildingHash).toMatch(/^[0-9a-f]{64}$/);
    await correctContact(staff, { wishId: w.id, expectedVersion: 0, reference: "电话 12-06", building: "8栋" });
    const corrected = await prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(corrected.buildingHash).not.toBe(before.buildingHash);
    await eraseContact(staff, {
      wishId: w.id,
      expectedVersion: corrected.version,
      reference: "来信 12-06",
      scope: "contact",
      confirm: "on",
    });
    const erased = await prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(erased.buildingHash).toBeNull();
  });
});

describe("me too on the wall", () => {
  async function onWall(content: string) {
    const w = await wish(content, { public: true });
    await moderateWall(staff, { wishId: w.id, decision: "approve" });
    return w;
  }
  const press = (wishId: string) => supportWishAction(idle, form({ wishId }));

  it("counts each device once, without touching the wish's version", async () => {
    const w = await onWall("希望社区多组织几次义诊活动。");
    device.id = randomUUID();
    expect(await press(w.id)).toMatchObject({ status: "ok", data: { count: 1, counted: true } });
    expect(await press(w.id)).toMatchObject({ status: "ok", data: { count: 1, counted: false } });
    device.id = randomUUID();
    expect(await press(w.id)).toMatchObject({ status: "ok", data: { count: 2, counted: true } });
    // Twenty presses at once from one new device still count once.
    device.id = randomUUID();
    await Promise.all(Array.from({ length: 20 }, () => press(w.id)));
    const row = await prisma.wish.findUniqueOrThrow({ where: { id: w.id } });
    expect(row.supportCount).toBe(3);
    expect(row.version).toBe(0);
    expect(await prisma.wishSupport.count({ where: { wishId: w.id } })).toBe(3);
    // The device is stored as a keyed hash, never the cookie.
    const stored = await prisma.wishSupport.findMany({ where: { wishId: w.id } });
    expect(stored.map((s) => s.deviceKey)).not.toContain(device.id);
    const wall = await listPublicWishes({ marketDay: null, state: null, after: null });
    expect(wall.wishes.find((x) => x.id === w.id)?.supportCount).toBe(3);
  });

  it("refuses a wish that is not on the wall, a settled one, an unknown id and garbage", async () => {
    device.id = randomUUID();
    const hidden = await wish("这条心愿没有勾选公开。");
    const pending = await wish("这条勾选了公开，还没审核。", { public: true });
    const settled = await onWall("这条已经办结了。");
    const { version } = await prisma.wish.findUniqueOrThrow({ where: { id: settled.id } });
    await settleWish(staff, { wishId: settled.id, expectedVersion: version, publicReply: "已处理。" });
    for (const id of [hidden.id, pending.id, settled.id, randomUUID()])
      expect(await press(id)).toMatchObject({ status: "error", formError: "wall.errors.notFound" });
    expect(await press("../../etc")).toMatchObject({
      status: "error",
      fieldErrors: { wishId: ["wall.errors.notFound"] },
    });
    expect(await prisma.wishSupport.count({ where: { wishId: { in: [hidden.id, pending.id, settled.id] } } })).toBe(0);
  });

  it("stops one device walking the wall after 60 presses an hour", async () => {
    device.id = randomUUID();
    const walls = [];
    for (let i = 0; i < 61; i++) walls.push((await onWall(`第${i}条公开心愿，用来测试频率限制。`)).id);
    const results = [];
    for (const id of walls) results.push(await press(id));
    expect(results.slice(0, 60).every((r) => r.status === "ok")).toBe(true);
    expect(results[60]).toMatchObject({ status: "error", formError: "forms.errors.rateLimited" });
  });
});
