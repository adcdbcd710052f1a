// PIPL and 《网络信息内容生态治理规定》 (issue 12, finding 13): a wish ticked
// "public" stays off the wall until staff review it. Against a real database,
// through the wish page's Server Action: not on the wall before approval (on the
// code before this change it was, at once), approved it shows, hidden it goes,
// redacted it shows the redacted text only. Each decision is audited and expires
// the wall's cache tag.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { parseInboxFilter } from "@/lib/wishes/inbox-filter";
import { listInbox } from "@/lib/wishes/inbox-query";
import { countPublicWishes, listPublicWishes } from "@/lib/wishes/public-wall";
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
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.11" })),
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
}));

useThrowAwayKeys();
const testDb = await useTestDatabase();
const { moderateWallAction } = await import("@/app/[locale]/[display]/admin/wishes/actions");

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
const everything = { marketDay: null, state: null, after: null };

async function publicWish(content: string, isPublic = true): Promise<string> {
  const values = wishFormSchema.parse({
    kind: "wish",
    category: "environment-property",
    content,
    ...(isPublic ? { public: "on" } : {}),
    anonymous: "on",
    idempotencyKey: randomUUID(),
  });
  return (await submitWish(values, { channel: "WEB" })).id;
}

/** The whole wall, every page. */
async function wallContents(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  let after = null;
  do {
    const page = await listPublicWishes({ ...everything, after });
    for (const wish of page.wishes) seen.set(wish.id, wish.content);
    after = page.next;
  } while (after);
  return seen;
}

function decide(wishId: string, decision: string, wallText?: string) {
  const data = new FormData();
  data.append("wishId", wishId);
  data.append("decision", decision);
  if (wallText !== undefined) data.append("wallText", wallText);
  return moderateWallAction(idle, data);
}

describe("the public wall waits for staff review", () => {
  it("does not show a public wish before approval, nor count it", async () => {
    const before = (await countPublicWishes(null)).total;
    const id = await publicWish("12栋门口的垃圾桶太少了，我是12栋302的张先生。");
    expect((await wallContents()).has(id)).toBe(false);
    expect((await countPublicWishes(null)).total).toBe(before);
    expect(await testDb.prisma.wish.findUniqueOrThrow({ where: { id } })).toMatchObject({
      isPublic: true,
      wallStatus: "PENDING",
    });
  });

  it("shows it once approved, and takes it off again when hidden", async () => {
    const id = await publicWish("希望小区里多装几个垃圾桶，晚上扔垃圾方便些。");
    session.actor = staff;
    // Staff find it in the inbox's "待审核上墙" queue until they decide.
    const queue = async () => (await listInbox(staff, parseInboxFilter({ wall: "pending" }))).rows.map((r) => r.id);
    expect(await queue()).toContain(id);
    revalidatedTags.length = 0;
    expect(await decide(id, "approve")).toMatchObject({ status: "ok", message: "adminWishes.wall.done.APPROVED" });
    expect(revalidatedTags).toContain("wish-figures");
    expect((await wallContents()).get(id)).toBe("希望小区里多装几个垃圾桶，晚上扔垃圾方便些。");
    expect(await queue()).not.toContain(id);

    expect(await decide(id, "hide")).toMatchObject({ status: "ok", message: "adminWishes.wall.done.HIDDEN" });
    expect((await wallContents()).has(id)).toBe(false);

    const audit = await testDb.prisma.auditLog.findMany({
      where: { subjectId: id, action: { in: ["wall.approve", "wall.hide"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["wall.approve", staff.id],
      ["wall.hide", staff.id],
    ]);
  });

  it("shows the redacted text only, never the original", async () => {
    const original = "我是12栋302的张先生，电话不方便留，楼下垃圾桶太少了。";
    const id = await publicWish(original);
    session.actor = staff;
    const missing = await decide(id, "redact", "");
    expect(missing).toMatchObject({ status: "error", fieldErrors: { wallText: ["adminWishes.errors.required"] } });
    expect((await wallContents()).has(id)).toBe(false);

    expect(await decide(id, "redact", "楼下垃圾桶太少了。")).toMatchObject({ status: "ok" });
    const wall = await wallContents();
    expect(wall.get(id)).toBe("楼下垃圾桶太少了。");
    expect([...wall.values()].some((text) => text.includes("12栋302"))).toBe(false);
    expect(await testDb.prisma.auditLog.count({ where: { subjectId: id, action: "wall.redact" } })).toBe(1);
  });

  it("refuses a wish the resident did not make public, and a role without the permission", async () => {
    const privateId = await publicWish("这条心愿没有同意公开，不能上墙。", false);
    session.actor = staff;
    expect(await decide(privateId, "approve")).toMatchObject({
      status: "error",
      formError: "adminWishes.errors.notPublic",
    });
    expect((await wallContents()).has(privateId)).toBe(false);

    const id = await publicWish("秘书不能审核心愿墙上的内容。");
    session.actor = secretary;
    expect(await decide(id, "approve")).toMatchObject({ status: "error", formError: "forms.errors.forbidden" });
    expect((await wallContents()).has(id)).toBe(false);
  });
});
