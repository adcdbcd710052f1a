// The staff inbox against a real, seeded database: filters, counts, keyset pages,
// the Chinese substring search, masked phones and community isolation.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AuthorizationError } from "@/lib/auth/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { COUNT_CAP, countInbox, listInbox, type InboxCounts } from "@/lib/wishes/inbox-query";
import {
  decodeInboxCursor,
  encodeInboxCursor,
  inboxSearch,
  likeContains,
  parseInboxFilter,
  type InboxFilter,
} from "@/lib/wishes/inbox-filter";
import { isWishOverdue } from "@/lib/wishes/overdue";
import { encryptPersonal } from "@/lib/privacy/personal-data";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";
import { seededActor } from "../helpers/seeded-actor";

useThrowAwayKeys();

const testDb = await useTestDatabase();

let staff: Actor;
let outsider: Actor;
let otherCommunityId: string;
const NOW = new Date("2026-11-29T08:00:00Z");
/** Total of the capped per-state counts; the seeded community stays below the cap per state. */
const sum = (counts: InboxCounts) => Object.values(counts ?? {}).reduce((n, c) => n + c.count, 0);
const filter = (query: Record<string, string> = {}): InboxFilter => parseInboxFilter(query);

/** Wishes inserted directly, with chosen times, so pages and due dates are exact. */
async function insertWish(
  communityId: string,
  data: Partial<{
    content: string;
    createdAt: Date;
    status: "SUBMITTED" | "REFERRED" | "SETTLED";
    replyDueAt: Date;
    referralDueAt: Date | null;
    firstReplyAt: Date | null;
    publicReply: string | null;
    phone: string;
    kind: "WISH" | "OPINION";
    category: "HEALTH" | "OTHER";
  }>,
) {
  const createdAt = data.createdAt ?? new Date("2026-01-01T00:00:00Z");
  return testDb.prisma.wish.create({
    data: {
      communityId,
      trackingCode: randomBytes(6).toString("hex").toUpperCase(),
      kind: data.kind ?? "WISH",
      category: data.category ?? "OTHER",
      content: data.content ?? "普通的测试心愿内容",
      status: data.status ?? "SUBMITTED",
      replyDueAt: data.replyDueAt ?? new Date(createdAt.getTime() + 48 * 3_600_000),
      referralDueAt: data.referralDueAt ?? null,
      firstReplyAt: data.firstReplyAt ?? null,
      publicReply: data.publicReply ?? null,
      phoneEnc: data.phone ? encryptPersonal(data.phone) : null,
      phoneLast4: data.phone ? data.phone.slice(-4) : null,
      idempotencyKey: randomUUID(),
      createdAt,
    },
    select: { id: true, trackingCode: true },
  });
}

beforeAll(async () => {
  await seedDatabase(testDb.prisma, { staffPassword: "integration-test-password" });
  staff = await seededActor(testDb.prisma, "staff");
  const other = await testDb.prisma.community.create({ data: { slug: "other-inbox", name: "另一个社区" } });
  otherCommunityId = other.id;
  const otherUser = await testDb.prisma.staffUser.create({
    data: {
      communityId: other.id,
      username: "other-inbox-staff",
      displayName: "外社区",
      passwordHash: "x",
      role: "STAFF",
    },
  });
  outsider = { id: otherUser.id, role: "STAFF", communityId: other.id };
});

describe("filter parsing", () => {
  it("keeps known values, drops unknown ones, and round-trips the cursor", () => {
    const cursor = { rank: 0, at: 1_700_000_000_123, id: "0192f0e4-1111-7000-8000-000000000001" };
    const f = filter({
      state: "referred",
      kind: "nonsense",
      overdue: "1",
      reply: "without",
      q: " 理发 ",
      cursor: encodeInboxCursor(cursor),
    });
    expect(f.state).toBe("REFERRED");
    expect(f.kind).toBeUndefined();
    expect(f.overdue).toBe(true);
    expect(f.reply).toBe("without");
    expect(f.q).toBe("理发");
    expect(f.cursor).toEqual(cursor);
    expect(decodeInboxCursor("not-a-cursor")).toBeNull();
    expect(parseInboxFilter(Object.fromEntries(new URLSearchParams(inboxSearch(f, f.cursor))))).toEqual(f);
  });

  it("escapes LIKE wildcards", () => {
    expect(likeContains("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("listInbox", () => {
  it("lists the seeded wishes most urgent first, then newest first, 25 a page, with a next cursor", async () => {
    const page = await listInbox(staff, filter(), NOW);
    expect(page.rows).toHaveLength(25);
    expect(page.next).not.toBeNull();
    const rank = (r: (typeof page.rows)[number]) => (r.overdue ? 0 : r.dueToday ? 1 : 2);
    const keys = page.rows.map((r) => [rank(r), -r.createdAt.getTime()] as const);
    expect([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(keys);
  });

  it("walks every page by keyset without overlap or gaps", async () => {
    const communityId = otherCommunityId;
    // 60 wishes, several sharing one createdAt, so the id must break ties.
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const w = await insertWish(communityId, { createdAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(i / 4))) });
      ids.add(w.id);
    }
    const seen: string[] = [];
    let f = filter();
    for (let guard = 0; guard < 10; guard++) {
      const page = await listInbox(outsider, f, NOW);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      f = { ...f, cursor: page.next };
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen)).toEqual(ids);
  });

  it("filters by state, kind, category and reply, and counts states ignoring the state filter", async () => {
    const referred = await listInbox(staff, filter({ state: "referred" }), NOW);
    expect(referred.rows.length).toBeGreaterThan(0);
    expect(referred.rows.every((r) => r.status === "REFERRED")).toBe(true);

    const counts = await countInbox(staff, filter({ state: "referred" }), NOW);
    expect(counts).not.toBeNull();
    const total = await testDb.prisma.wish.count({ where: { communityId: staff.communityId } });
    expect(sum(counts)).toBe(total);
    expect(counts!.REFERRED).toEqual({
      count: await testDb.prisma.wish.count({ where: { communityId: staff.communityId, status: "REFERRED" } }),
      more: false,
    });

    const withReply = await listInbox(staff, filter({ reply: "with" }), NOW);
    expect(withReply.rows.every((r) => r.hasReply)).toBe(true);
    const withoutReply = await countInbox(staff, filter({ reply: "without" }), NOW);
    expect(sum(withoutReply)).toBe(
      await testDb.prisma.wish.count({ where: { communityId: staff.communityId, publicReply: null } }),
    );

    const health = await countInbox(staff, filter({ category: "health" }), NOW);
    expect(sum(health)).toBe(
      await testDb.prisma.wish.count({ where: { communityId: staff.communityId, category: "HEALTH" } }),
    );
  });

  it("filters by market day and stall", async () => {
    const wish = await testDb.prisma.wish.findFirstOrThrow({
      where: { communityId: staff.communityId, stallId: { not: null } },
      select: { marketDayId: true, stallId: true },
    });
    const byStall = await listInbox(staff, filter({ stall: wish.stallId! }), NOW);
    expect(byStall.rows.length).toBeGreaterThan(0);
    expect(byStall.rows.every((r) => r.stall?.id === wish.stallId)).toBe(true);
    const byDay = await countInbox(staff, filter({ marketDay: wish.marketDayId! }), NOW);
    expect(sum(byDay)).toBe(await testDb.prisma.wish.count({ where: { marketDayId: wish.marketDayId } }));
  });

  it("finds Chinese substrings, with wildcards taken literally", async () => {
    const hit = await insertWish(staff.communityId, {
      content: "希望下次市集还有免费理发服务",
      createdAt: new Date("2026-11-01T00:00:00Z"),
    });
    await insertWish(staff.communityId, { content: "优惠100%_真的吗", createdAt: new Date("2026-11-01T00:00:01Z") });
    const page = await listInbox(staff, filter({ q: "理发" }), NOW);
    expect(page.rows.map((r) => r.id)).toContain(hit.id);
    expect(page.rows.every((r) => r.preview.includes("理发"))).toBe(true);
    const literal = await listInbox(staff, filter({ q: "0%_" }), NOW);
    expect(literal.rows).toHaveLength(1);
    expect((await listInbox(staff, filter({ q: "%" }), NOW)).rows.every((r) => r.preview.includes("%"))).toBe(true);
    expect(sum(await countInbox(staff, filter({ q: "理发" }), NOW))).toBeGreaterThanOrEqual(1);
  });

  it("flags overdue wishes and filters them, by the same rule as isWishOverdue", async () => {
    const late = await insertWish(staff.communityId, {
      createdAt: new Date("2026-11-20T00:00:00Z"),
      replyDueAt: new Date("2026-11-22T00:00:00Z"),
    });
    const referralLate = await insertWish(staff.communityId, {
      createdAt: new Date("2026-11-20T00:00:02Z"),
      status: "REFERRED",
      firstReplyAt: new Date("2026-11-20T01:00:00Z"),
      referralDueAt: new Date("2026-11-25T00:00:00Z"),
    });
    const onTime = await insertWish(staff.communityId, { createdAt: new Date("2026-11-28T00:00:00Z") });
    const page = await listInbox(staff, filter({ overdue: "1" }), NOW);
    const ids = page.rows.map((r) => r.id);
    expect(ids).toContain(late.id);
    expect(ids).toContain(referralLate.id);
    expect(ids).not.toContain(onTime.id);
    expect(page.rows.every((r) => r.overdue)).toBe(true);
    const all = await listInbox(staff, filter(), NOW);
    expect(all.rows.find((r) => r.id === onTime.id)?.overdue).toBe(false);
    expect(isWishOverdue({ status: "SETTLED", replyDueAt: new Date(0), referralDueAt: null }, NOW)).toBe(false);
  });

  it("masks phones and never returns them whole", async () => {
    const w = await insertWish(staff.communityId, {
      phone: "13812345678",
      createdAt: new Date("2026-11-29T07:00:00Z"),
    });
    const page = await listInbox(staff, filter(), NOW);
    const row = page.rows.find((r) => r.id === w.id);
    expect(row?.maskedPhone).toBe("138****5678");
    expect(JSON.stringify(page)).not.toContain("13812345678");
  });

  it("keeps communities apart and refuses anonymous callers", async () => {
    const mine = await countInbox(staff, filter(), NOW);
    const theirs = await countInbox(outsider, filter(), NOW);
    // Every wish of the other community is SUBMITTED: one capped count.
    expect(sum(theirs)).toBe(
      Math.min(COUNT_CAP, await testDb.prisma.wish.count({ where: { communityId: otherCommunityId } })),
    );
    expect(sum(mine)).toBe(await testDb.prisma.wish.count({ where: { communityId: staff.communityId } }));
    const theirRows = await listInbox(outsider, filter(), NOW);
    const myIds = new Set(
      (await testDb.prisma.wish.findMany({ where: { communityId: staff.communityId }, select: { id: true } })).map(
        (w) => w.id,
      ),
    );
    expect(theirRows.rows.some((r) => myIds.has(r.id))).toBe(false);
    await expect(listInbox(null, filter(), NOW)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("caps each state's count and says there are more", async () => {
    const capped = await countInbox(outsider, filter(), NOW);
    // The keyset test above put 60 SUBMITTED wishes in the other community.
    expect(capped!.SUBMITTED.count).toBeLessThanOrEqual(COUNT_CAP);
    for (let i = 0; i < Math.max(0, COUNT_CAP + 1 - 60); i++)
      await insertWish(otherCommunityId, { createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)) });
    expect((await countInbox(outsider, filter(), NOW))!.SUBMITTED).toEqual({ count: COUNT_CAP, more: true });
    // Impossible combinations are answered without a query, and agree with the data.
    expect((await countInbox(staff, filter({ overdue: "1" }), NOW))!.SETTLED.count).toBe(0);
    expect((await listInbox(staff, filter({ state: "settled", reply: "without" }), NOW)).rows).toEqual([]);
  });
});
