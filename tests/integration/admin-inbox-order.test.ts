// The inbox's urgency order (issue 16): overdue first, then due today (or help
// needed within 24 hours), then the rest newest first; "超期 N 天"; the
// "needed" order for assistance requests; keyset pages across the ranks.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listInbox } from "@/lib/wishes/inbox-query";
import { parseInboxFilter, type InboxFilter } from "@/lib/wishes/inbox-filter";
import { urgencyRank } from "@/lib/wishes/inbox-order";
import { useTestDatabase } from "../helpers/use-test-database";
import { useThrowAwayKeys } from "../helpers/throw-away-keys";

useThrowAwayKeys();
const testDb = await useTestDatabase();

// 16:00 in Shenzhen: "today" ends at 2026-11-29T16:00Z.
const NOW = new Date("2026-11-29T08:00:00Z");
const H = 3_600_000;
let actor: Actor;

async function wish(
  label: string,
  data: {
    createdAt: Date;
    status?: "SUBMITTED" | "REFERRED" | "SETTLED";
    replyDueAt?: Date;
    referralDueAt?: Date;
    neededAt?: Date;
  },
) {
  const row = await testDb.prisma.wish.create({
    data: {
      communityId: actor.communityId,
      trackingCode: randomBytes(6).toString("hex").toUpperCase(),
      kind: data.neededAt ? "ASSISTANCE" : "WISH",
      category: "OTHER",
      content: label,
      status: data.status ?? "SUBMITTED",
      replyDueAt: data.replyDueAt ?? new Date(data.createdAt.getTime() + 48 * H),
      referralDueAt: data.referralDueAt ?? null,
      firstReplyAt: data.status && data.status !== "SUBMITTED" ? data.createdAt : null,
      publicReply: data.status === "SETTLED" ? "已办结" : null,
      neededAt: data.neededAt ?? null,
      idempotencyKey: randomUUID(),
      createdAt: data.createdAt,
    },
    select: { id: true },
  });
  return row.id;
}

const labels = async (filter: InboxFilter) => (await listInbox(actor, filter, NOW)).rows.map((r) => r.preview);

beforeAll(async () => {
  const community = await testDb.prisma.community.create({ data: { slug: "order", name: "排序社区" } });
  const user = await testDb.prisma.staffUser.create({
    data: { communityId: community.id, username: "order-staff", displayName: "排序", passwordHash: "x", role: "STAFF" },
  });
  actor = { id: user.id, role: "STAFF", communityId: community.id };
  await wish("new", { createdAt: new Date(NOW.getTime() - 1 * H) });
  await wish("settled-old", { createdAt: new Date(NOW.getTime() - 30 * 24 * H), status: "SETTLED" });
  await wish("overdue-3-days", {
    createdAt: new Date(NOW.getTime() - 5 * 24 * H),
    replyDueAt: new Date(NOW.getTime() - 3 * 24 * H - H),
  });
  await wish("referral-overdue", {
    createdAt: new Date(NOW.getTime() - 4 * 24 * H),
    status: "REFERRED",
    referralDueAt: new Date(NOW.getTime() - 2 * H),
  });
  await wish("due-tonight", {
    createdAt: new Date(NOW.getTime() - 40 * H),
    replyDueAt: new Date(NOW.getTime() + 6 * H),
  });
  await wish("due-tomorrow", {
    createdAt: new Date(NOW.getTime() - 30 * H),
    replyDueAt: new Date(NOW.getTime() + 18 * H),
  });
  await wish("escort-tomorrow-morning", {
    createdAt: new Date(NOW.getTime() - 10 * 24 * H),
    status: "REFERRED",
    referralDueAt: new Date(NOW.getTime() + 5 * 24 * H),
    neededAt: new Date(NOW.getTime() + 18 * H),
  });
  await wish("escort-next-week", {
    createdAt: new Date(NOW.getTime() - 2 * H),
    neededAt: new Date(NOW.getTime() + 7 * 24 * H),
  });
});

describe("inbox urgency order", () => {
  it("puts overdue first, then due today or help needed within 24 hours, then the rest newest first", async () => {
    expect(await labels(parseInboxFilter({}))).toEqual([
      "referral-overdue",
      "overdue-3-days",
      "due-tonight",
      "escort-tomorrow-morning",
      "new",
      "escort-next-week",
      "due-tomorrow",
      "settled-old",
    ]);
  });

  it("counts whole days overdue, flags help needed soon, and agrees with the rank rule", async () => {
    const rows = (await listInbox(actor, parseInboxFilter({}), NOW)).rows;
    const by = (label: string) => rows.find((r) => r.preview === label)!;
    expect(by("overdue-3-days").overdueDays).toBe(3);
    expect(by("referral-overdue").overdueDays).toBe(1);
    expect(by("new").overdueDays).toBeNull();
    expect(by("escort-tomorrow-morning").neededSoon).toBe(true);
    expect(by("escort-next-week").neededSoon).toBe(false);
    expect(by("due-tonight").dueToday).toBe(true);
    expect(by("due-tomorrow").dueToday).toBe(false);
    for (const r of rows) {
      const rank = r.overdue ? 0 : r.dueToday ? 1 : 2;
      expect(urgencyRank({ ...r }, NOW)).toBe(rank);
    }
  });

  it("lists assistance requests by when help is needed", async () => {
    expect(await labels(parseInboxFilter({ sort: "needed" }))).toEqual(["escort-tomorrow-morning", "escort-next-week"]);
  });

  it("pages across the ranks without overlap or gaps", async () => {
    const all = await labels(parseInboxFilter({}));
    for (let i = 0; i < 30; i++) {
      await wish(`bulk-overdue-${i}`, {
        createdAt: new Date(NOW.getTime() - 6 * 24 * H + i * 1000),
        replyDueAt: new Date(NOW.getTime() - 4 * 24 * H),
      });
    }
    const seen: string[] = [];
    let filter = parseInboxFilter({});
    for (let guard = 0; guard < 5; guard++) {
      const page = await listInbox(actor, filter, NOW);
      seen.push(...page.rows.map((r) => r.preview));
      if (!page.next) break;
      filter = { ...filter, cursor: page.next };
    }
    expect(seen).toHaveLength(all.length + 30);
    expect(new Set(seen).size).toBe(seen.length);
    // The bulk wishes are overdue: they come before everything not overdue.
    expect(seen.indexOf("escort-tomorrow-morning")).toBeGreaterThan(31);
  });
});
